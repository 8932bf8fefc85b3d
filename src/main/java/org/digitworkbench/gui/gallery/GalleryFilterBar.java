package org.digitworkbench.gui.gallery;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.ml.arch.Architecture;

/** The row above the gallery: which images (errors, fixed, broken), the class filters and the sort. */
final class GalleryFilterBar extends FlowPane {
    private final GalleryViewModel model;
    private final Messages text;

    GalleryFilterBar(GalleryViewModel model, Messages text) {
        super(8, 8);
        this.model = model;
        this.text = text;
        ComboBox<GallerySource> source = sourceChoice();
        ComboBox<Integer> actual = classChoice("gallery-actual", model.filter().actualFilterProperty(), true);
        ComboBox<Integer> predicted = classChoice("gallery-predicted", model.filter().predictedFilterProperty(),
                false);
        getChildren().addAll(source, splitChoice(), labelled("gallery.actualFilter", actual),
                labelled("gallery.predictedFilter", predicted), clearButton(), labelled("gallery.sort", sortChoice()));
        setAlignment(Pos.CENTER_LEFT);
        setId("gallery-filters");
    }

    private ComboBox<GallerySource> sourceChoice() {
        ComboBox<GallerySource> source = new ComboBox<>();
        source.setId("gallery-source");
        source.setTooltip(new Tooltip(text.get("gallery.sourceTooltip")));
        Runnable sources = () -> {
            List<GallerySource> available = model.changes().availableProperty().get()
                    ? List.of(GallerySource.values())
                    : List.of(GallerySource.ERRORS, GallerySource.MY_DRAWINGS, GallerySource.ALL);
            source.getItems().setAll(available);
            source.setValue(null); // the shown name may change with the same value (the count comes in)
            source.setValue(model.filter().sourceProperty().get());
            source.setDisable(available.size() == 1);
        };
        source.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GallerySource item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : sourceName(item));
            }
        });
        source.setButtonCell(source.getCellFactory().call(null));
        source.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.filter().sourceProperty().set(now);
            }
        });
        model.filter().sourceProperty().addListener((obs, old, now) -> source.setValue(now));
        model.changes().availableProperty().addListener((obs, old, now) -> sources.run());
        model.evaluation().evaluationProperty().addListener((obs, old, now) -> sources.run());
        model.evaluation().phaseProperty().addListener((obs, old, now) -> sources.run());
        // the count of "My drawings" comes in after the evaluation, when the drawings have been read
        model.filter().sourceTotalProperty().addListener((obs, old, now) -> sources.run());
        sources.run();
        return source;
    }

    /** Training or test images, shown only for "All images"; each with its count once the data set is read. */
    private ComboBox<GallerySplit> splitChoice() {
        ComboBox<GallerySplit> split = new ComboBox<>();
        split.setId("gallery-split");
        split.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GallerySplit item, boolean empty) {
                super.updateItem(item, empty);
                int size = empty || item == null ? -1 : model.browse().size(item);
                setText(empty || item == null ? null : size < 0 ? text.get(item.bundleKey())
                        : text.format("gallery.withCount", text.get(item.bundleKey()), size));
            }
        });
        Runnable fill = () -> {
            split.getItems().setAll(GallerySplit.values());
            split.setValue(model.browse().splitProperty().get());
            split.setButtonCell(split.getCellFactory().call(null));
        };
        split.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.browse().splitProperty().set(now);
            }
        });
        model.browse().splitProperty().addListener((obs, old, now) -> split.setValue(now));
        // the counts come in with the images
        model.filter().sourceTotalProperty().addListener((obs, old, now) -> fill.run());
        split.visibleProperty().bind(model.filter().sourceProperty().isEqualTo(GallerySource.ALL));
        split.managedProperty().bind(split.visibleProperty());
        fill.run();
        return split;
    }

    private Button clearButton() {
        Button clear = new Button(text.get("gallery.clearFilter"));
        clear.setId("gallery-clear-filter");
        clear.getStyleClass().add(Styles.FLAT);
        clear.disableProperty().bind(model.filter().actualFilterProperty().isEqualTo(GalleryViewModel.ANY)
                .and(model.filter().predictedFilterProperty().isEqualTo(GalleryViewModel.ANY)));
        clear.setOnAction(e -> model.filter().clearFilters());
        return clear;
    }

    private ComboBox<GallerySort> sortChoice() {
        ComboBox<GallerySort> sort = new ComboBox<>(FXCollections.observableArrayList(GallerySort.values()));
        sort.setId("gallery-sort");
        sort.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GallerySort item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.sortName(item));
            }
        });
        sort.setButtonCell(sort.getCellFactory().call(null));
        // "Test image number" becomes "Training image number" or "Oldest drawing first" with what is shown
        Runnable rename = () -> {
            sort.setButtonCell(sort.getCellFactory().call(null));
            sort.getItems().setAll(GallerySort.values());
            sort.setValue(model.filter().sortProperty().get());
        };
        model.filter().sourceProperty().addListener((obs, old, now) -> rename.run());
        model.browse().splitProperty().addListener((obs, old, now) -> rename.run());
        sort.setValue(model.filter().sortProperty().get());
        sort.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.filter().sortProperty().set(now);
            }
        });
        model.filter().sortProperty().addListener((obs, old, now) -> sort.setValue(now));
        return sort;
    }

    private HBox labelled(String key, Node control) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private String sourceName(GallerySource item) {
        return model.sourceName(item);
    }

    /** A class's name; in the actual-class filter of "All images", with the number of its images. */
    private String classText(int item, boolean counted) {
        if (item == GalleryViewModel.ANY) {
            return text.get("gallery.any");
        }
        String name = model.captions().className(item);
        boolean all = model.filter().sourceProperty().get() == GallerySource.ALL && model.browse().images() != null;
        return counted && all ? text.format("gallery.withCount", name, model.browse().count(item)) : name;
    }

    /** {@code counted}: the names carry the counts of "All images" (the actual classes are known, answers not). */
    private ComboBox<Integer> classChoice(String id, IntegerProperty filter, boolean counted) {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId(id);
        Runnable fill = () -> {
            List<Integer> items = new ArrayList<>();
            items.add(GalleryViewModel.ANY);
            for (int c = 0; c < Architecture.CLASSES; c++) {
                items.add(c);
            }
            choice.getItems().setAll(items);
            choice.setValue(filter.get());
        };
        choice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : classText(item, counted));
            }
        });
        choice.setButtonCell(choice.getCellFactory().call(null));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                filter.set(now);
            }
        });
        filter.addListener((obs, old, now) -> choice.setValue(now.intValue()));
        Runnable refill = () -> {
            fill.run();
            choice.setButtonCell(choice.getCellFactory().call(null));
        };
        model.captions().classNames().addListener((ListChangeListener<String>) c -> refill.run());
        if (counted) {
            model.filter().sourceTotalProperty().addListener((obs, old, now) -> refill.run());
            model.filter().sourceProperty().addListener((obs, old, now) -> refill.run());
        }
        fill.run();
        return choice;
    }
}
