package org.digitworkbench.cli;

import org.digitworkbench.ml.arch.Architecture;

final class ArchitectureConverter extends IdConverter<Architecture> {
    ArchitectureConverter() {
        super(Architecture::fromId);
    }
}
