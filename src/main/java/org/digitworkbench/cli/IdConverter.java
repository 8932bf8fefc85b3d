package org.digitworkbench.cli;

import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns an id on the command line into its enum, with the enum's own message listing the valid ids. */
abstract class IdConverter<T> implements ITypeConverter<T> {
    private final Function<String, T> fromId;

    IdConverter(Function<String, T> fromId) {
        this.fromId = fromId;
    }

    @Override
    public T convert(String value) {
        try {
            return fromId.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
