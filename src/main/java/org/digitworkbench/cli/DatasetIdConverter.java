package org.digitworkbench.cli;

import org.digitworkbench.data.DatasetId;

final class DatasetIdConverter extends IdConverter<DatasetId> {
    DatasetIdConverter() {
        super(DatasetId::fromId);
    }
}
