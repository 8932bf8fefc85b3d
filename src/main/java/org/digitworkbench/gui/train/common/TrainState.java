package org.digitworkbench.gui.train.common;

/** IDLE -> RUNNING <-> PAUSED -> STOPPING -> IDLE; a run that finishes or fails goes straight back to IDLE. */
public enum TrainState {
    IDLE, RUNNING, PAUSED, STOPPING;

    public boolean busy() {
        return this != IDLE;
    }
}
