package org.digitworkbench.cli;

import org.digitworkbench.ml.train.Optimizer;

final class OptimizerConverter extends IdConverter<Optimizer> {
    OptimizerConverter() {
        super(Optimizer::fromId);
    }
}
