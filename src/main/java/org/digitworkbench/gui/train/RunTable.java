package org.digitworkbench.gui.train;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.digitworkbench.app.DecimatingSeries;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.train.common.TrainFormat;
import org.digitworkbench.gui.train.run.RunComparison;
import org.digitworkbench.gui.train.run.RunEdits;
import org.digitworkbench.gui.train.run.RunLog;
import org.digitworkbench.gui.train.run.LoggedRun;

/**
 * The run log as a table: every run of the window and the command line, one row each, sortable by any column;
 * selecting a row shows that run, ticking Compare overlays it. A row's tooltip is its whole line. FX thread.
 */
public final class RunTable {
    private final TableView<LoggedRun> table;
    private final RunLog log;
    private final Messages text;
    private final TrainFormat format;

    public RunTable(RunLog log, RunEdits edits, Messages text, TrainFormat format) {
        this.log = log;
        this.text = text;
        this.format = format;
        table = new TableView<>(log.runs());
        table.setId("train-log");
        table.setPlaceholder(new Label(text.get("train.log.empty")));
        // columns as wide as their headings and figures; a narrow window scrolls the table sideways instead
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(compareColumn());
        table.getColumns().add(column("train.table.number", LoggedRun::number, n -> "#" + n, 44));
        table.getColumns().add(nameColumn(edits));
        table.getColumns().add(column("train.table.dataset", r -> r.settings().dataset().displayName(), s -> s, 90));
        table.getColumns().add(column("train.table.architecture", r -> r.settings().architecture().id(), s -> s, 90));
        table.getColumns().add(column("train.table.epochs", r -> r.settings().epochs(), String::valueOf, 56));
        table.getColumns().add(column("train.table.batch", LoggedRun::batchSize, String::valueOf, 52));
        table.getColumns().add(column("train.table.rate", LoggedRun::rate, TrainFormat::formatRate, 64));
        table.getColumns().add(column("train.table.bestHeldOut", RunTable::bestHeldOut, format::percent, 96));
        table.getColumns().add(column("train.table.test", LoggedRun::testAccuracy, format::percent, 72));
        table.getColumns().add(column("train.table.time", r -> r.running() ? Long.MAX_VALUE : r.millis(),
                millis -> millis == Long.MAX_VALUE ? "\u2026" : TrainFormat.duration(TimeUnit.MILLISECONDS.toNanos(millis)), 64));
        table.getColumns().add(column("train.table.outcome", log::outcomeWord, s -> s, 130));
        table.getColumns().add(column("train.table.source", this::source, s -> s, 170));
        table.getColumns().add(column("train.table.note", r -> r.note() == null ? "" : firstLine(r.note()), s -> s, 200));
        table.setEditable(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(LoggedRun item, boolean empty) {
                super.updateItem(item, empty);
                // the whole run, settings changes included, for what the columns leave out
                setTooltip(empty || item == null ? null : new Tooltip(log.describe(item)));
            }
        });
        log.epochsLoggedProperty().addListener((obs, old, now) -> table.refresh());
        log.runs().addListener((ListChangeListener<LoggedRun>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(run -> run.recordProperty().addListener(o -> table.refresh()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> log.show(now));
        log.shownRunProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));
        table.getSelectionModel().select(log.shownRunProperty().get());
    }

    public TableView<LoggedRun> node() {
        return table;
    }

    /** The run's name, edited in place: Enter keeps it (blank: none), Escape does not. */
    private TableColumn<LoggedRun, String> nameColumn(RunEdits edits) {
        TableColumn<LoggedRun, String> column = new TableColumn<>(text.get("train.table.name"));
        column.setId("train-table-name");
        column.setPrefWidth(Math.max(140, headingWidth(column.getText())));
        column.setMinWidth(headingWidth(column.getText()));
        column.setEditable(true);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name() == null ? ""
                : row.getValue().name()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> edits.label(edit.getRowValue(), edit.getNewValue(), edit.getRowValue().note()));
        return column;
    }

    private static String firstLine(String note) {
        int end = note.indexOf('\n');
        return end < 0 ? note : note.substring(0, end) + " \u2026";
    }

    /** The best accuracy on held-out images over the run's epochs (validation, else test); NaN before the first. */
    public static double bestHeldOut(LoggedRun run) {
        DecimatingSeries heldOut = run.charts().heldOutAccuracy();
        double best = Double.NaN;
        for (int i = 0; i < heldOut.size(); i++) {
            best = Double.isNaN(best) ? heldOut.y(i) : Math.max(best, heldOut.y(i));
        }
        return best;
    }

    private String source(LoggedRun run) {
        String where = text.get(run.fromCommandLine() ? "train.table.commandLine" : "train.table.window");
        return run.continued() ? where + text.get("train.log.continued") : where;
    }

    private TableColumn<LoggedRun, Boolean> compareColumn() {
        RunComparison comparison = log.comparison();
        TableColumn<LoggedRun, Boolean> column = new TableColumn<>(text.get("train.compare"));
        column.setId("train-table-compare");
        column.setSortable(false);
        column.setPrefWidth(headingWidth(column.getText()));
        column.setMinWidth(headingWidth(column.getText()));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(comparison.isCompared(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.getStyleClass().add("train-compare");
                box.setOnAction(e -> comparison.set(getTableRow().getItem(), box.isSelected()));
                // a new run drops the runs compared: the ticks go with them
                comparison.runs().addListener((ListChangeListener<LoggedRun>) change -> {
                    LoggedRun run = getTableRow() == null ? null : getTableRow().getItem();
                    box.setSelected(run != null && comparison.isCompared(run));
                });
            }

            @Override
            protected void updateItem(Boolean compared, boolean empty) {
                super.updateItem(compared, empty);
                box.setSelected(!empty && Boolean.TRUE.equals(compared));
                setGraphic(empty ? null : box);
            }
        });
        return column;
    }

    private <T extends Comparable<T>> TableColumn<LoggedRun, T> column(String key, Function<LoggedRun, T> value,
                                                                       Function<T, String> shown, double width) {
        TableColumn<LoggedRun, T> column = new TableColumn<>(text.get(key));
        column.setId(key.replace('.', '-'));
        column.setPrefWidth(Math.max(width, headingWidth(column.getText())));
        column.setMinWidth(headingWidth(column.getText()));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setComparator((a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : compareNumbersLast(a, b));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        });
        return column;
    }

    /** The width a column needs for its heading in bold, with the header's padding and sort arrow. */
    private static double headingWidth(String heading) {
        Text measure = new Text(heading);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 30;
    }

    /** Not-a-number figures (no test accuracy yet) sort after every figure. */
    private static <T extends Comparable<T>> int compareNumbersLast(T a, T b) {
        if (a instanceof Double x && b instanceof Double y && (x.isNaN() || y.isNaN())) {
            return Boolean.compare(x.isNaN(), y.isNaN());
        }
        return a.compareTo(b);
    }
}
