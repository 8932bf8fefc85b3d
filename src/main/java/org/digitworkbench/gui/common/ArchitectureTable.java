package org.digitworkbench.gui.common;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.digitworkbench.ml.arch.ArchitectureSummary;
import org.digitworkbench.ml.arch.ArchitectureSummary.Row;

/**
 * An architecture layer by layer: a table of layer, output shape and parameters, and the total under it. The
 * Train view's spec editor and the summary of any loaded model show the same one.
 */
public final class ArchitectureTable {
    private final Messages text;
    private final NumberFormat numbers;
    private final TableView<Row> table = new TableView<>();
    private final Label total = new Label();
    private final VBox root;

    public ArchitectureTable(Messages text, ObservableValue<ArchitectureSummary> summary) {
        this.text = text;
        this.numbers = NumberFormat.getIntegerInstance(text.locale());
        table.setId("architecture-table");
        table.getStyleClass().addAll(Styles.DENSE, "architecture-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("arch.table.empty")));
        TableColumn<Row, String> layer = column("arch.table.layer", Row::layer);
        TableColumn<Row, String> output = column("arch.table.output", Row::output);
        TableColumn<Row, String> parameters = column("arch.table.parameters", r -> numbers.format(r.parameters()));
        parameters.setCellFactory(c -> rightAligned());
        layer.setPrefWidth(200);
        output.setPrefWidth(110);
        table.getColumns().setAll(List.of(layer, output, parameters));
        total.setId("architecture-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.setMaxWidth(Double.MAX_VALUE);
        total.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(6, table, total);
        root.getStyleClass().add("architecture-summary");
        show(summary.getValue());
        summary.addListener((obs, old, now) -> show(now));
    }

    public VBox node() {
        return root;
    }

    public TableView<Row> table() {
        return table;
    }

    private void show(ArchitectureSummary summary) {
        table.setItems(FXCollections.observableArrayList(summary == null ? List.of() : summary.rows()));
        total.setText(summary == null ? "" : text.format("arch.table.total", summary.parameters()));
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(text.get(key));
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableCell<Row, String> rightAligned() {
        TableCell<Row, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
