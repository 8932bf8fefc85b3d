/**
 * Getting a data set onto this machine: cache, installed packages, HTTP mirrors and package-registry clients,
 * each file checked against its SHA-256 before use.
 */
package org.digitworkbench.data.acquire;
