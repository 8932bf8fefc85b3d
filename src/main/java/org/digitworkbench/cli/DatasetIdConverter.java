package org.digitworkbench.cli;

import org.digitworkbench.data.DatasetId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class DatasetIdConverter implements ITypeConverter<DatasetId> {
    @Override
    public DatasetId convert(String value) {
        try {
            return DatasetId.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
