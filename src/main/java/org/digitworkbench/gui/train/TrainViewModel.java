package org.digitworkbench.gui.train;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.Messages;

/** Placeholder state of the Train view: it follows the chosen data set and says what is coming. */
public final class TrainViewModel {
    private final ObjectProperty<DatasetId> dataset = new SimpleObjectProperty<>(DatasetId.MNIST);
    private final StringBinding message;

    public TrainViewModel(Messages text) {
        message = Bindings.createStringBinding(
                () -> text.format("train.coming", dataset.get().displayName()), dataset);
    }

    public ObjectProperty<DatasetId> datasetProperty() {
        return dataset;
    }

    public StringBinding message() {
        return message;
    }
}
