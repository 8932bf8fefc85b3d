package org.digitworkbench.gui.train.run;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitworkbench.app.LayerPictures;
import org.digitworkbench.ml.train.LayerSample;

/**
 * What a run shows of its layers: its layer samples as they come (a run of the history: those its entry kept)
 * and, for a run of this session, the first convolution's kernels after its latest epoch. FX thread.
 */
public final class RunLayers {
    /** The first convolution's kernels after {@code epoch} epochs. */
    public record Filters(LayerPictures.Raster picture, int epoch) {
    }

    private final ObservableList<LayerSample> samples = FXCollections.observableArrayList();
    private final ObservableList<LayerSample> readOnly = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyObjectWrapper<Filters> filters = new ReadOnlyObjectWrapper<>();

    RunLayers(List<LayerSample> recorded) {
        if (recorded != null) {
            samples.addAll(recorded);
        }
    }

    public ObservableList<LayerSample> samples() {
        return readOnly;
    }

    /** The kernels after the latest epoch; null for a run without convolutions, before its first epoch ends or of the history. */
    public ReadOnlyObjectProperty<Filters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    void add(LayerSample sample) {
        samples.add(sample);
    }

    void filtered(Filters after) {
        filters.set(after);
    }
}
