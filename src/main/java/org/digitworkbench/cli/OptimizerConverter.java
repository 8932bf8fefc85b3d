package org.digitworkbench.cli;

import org.digitworkbench.ml.train.Optimizer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class OptimizerConverter implements ITypeConverter<Optimizer> {
    @Override
    public Optimizer convert(String value) {
        try {
            return Optimizer.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
