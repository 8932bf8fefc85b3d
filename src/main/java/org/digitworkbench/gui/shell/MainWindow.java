package org.digitworkbench.gui.shell;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.gui.common.ArchitectureSummaryDialog;
import org.digitworkbench.gui.common.CjkFonts;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ModelStatus;
import org.digitworkbench.gui.common.WorkbenchView;

/** The window shell: header with the data-set switch, the model and view menus, the views as tabs, a status line. */
public final class MainWindow {
    public static final double MIN_WIDTH = 860;
    public static final double MIN_HEIGHT = 620;
    private static final KeyCombination OPEN_MODEL =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final MainViewModel model;
    private final Messages text;
    private final Label error = new Label();
    private final HBox errorBar;
    private final TabPane tabs = new TabPane();
    private final List<WorkbenchView> views;
    private final ModelFileActions files;

    public MainWindow(MainViewModel model, Messages text, List<WorkbenchView> views) {
        this.model = model;
        this.text = text;
        this.files = new ModelFileActions(model.models(), text);
        Button dismiss = new Button("×");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setOnAction(e -> showError(null));
        dismiss.setTooltip(new Tooltip(text.get("error.dismiss")));
        error.setWrapText(true);
        error.setId("error-text");
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        errorBar = new HBox(8, error, dismiss);
        errorBar.getStyleClass().add("error-bar");
        errorBar.setAlignment(Pos.CENTER_LEFT);
        showError(null);
        for (int i = 0; i < views.size(); i++) {
            Tab tab = new Tab(views.get(i).title());
            Node content = views.get(i).node();
            // a tab gets its view when first shown: the window's first frame styles and lays out one view, not three
            if (i == model.pageProperty().get().ordinal()) {
                tab.setContent(content);
            } else {
                tab.selectedProperty().addListener((obs, was, selected) -> {
                    if (selected && tab.getContent() == null) {
                        tab.setContent(content);
                    }
                });
            }
            tab.setClosable(false);
            KeyCombination key = new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN);
            tab.setTooltip(new Tooltip(text.format("tab.tooltip", views.get(i).title(), key.getDisplayText())));
            tab.setUserData(key);
            tabs.getTabs().add(tab);
        }
        this.views = List.copyOf(views);
        tabs.getSelectionModel().select(model.pageProperty().get().ordinal());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.show(Page.values()[now.intValue()]);
            }
        });
        model.pageProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(now.ordinal()));
    }

    public Scene createScene(double width, double height) {
        VBox top = new VBox(header(), errorBar);
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(model.statusLine());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(tabs, top, null, statusBar, null);
        root.getStyleClass().add("workbench");
        Scene scene = new Scene(root, width, height);
        // the fill also colours the native window before the first frame: no white flash in the dark theme
        scene.fillProperty().bind(Bindings.createObjectBinding(() -> model.themeProperty().get().background(),
                model.themeProperty()));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/digitworkbench/gui/workbench.css")
                .toExternalForm());
        CjkFonts.apply(scene, text.locale());
        for (int i = 0; i < views.size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            scene.getAccelerators().put((KeyCombination) tab.getUserData(), () -> tabs.getSelectionModel().select(tab));
            views.get(i).installShortcuts(scene, tab::isSelected);
        }
        scene.getAccelerators().put(OPEN_MODEL, () -> files.open(scene.getWindow()));
        files.acceptDrops(root);
        return scene;
    }

    public void showError(String message) {
        error.setText(message == null ? "" : message);
        errorBar.setVisible(message != null);
        errorBar.setManaged(message != null);
    }

    public TabPane tabs() {
        return tabs;
    }

    private HBox header() {
        Label title = new Label(text.get("app.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label datasetLabel = new Label(text.get("dataset.label"));
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox();
        DatasetId[] datasets = DatasetId.values();
        for (int i = 0; i < datasets.length; i++) {
            DatasetId dataset = datasets[i];
            ToggleButton button = new ToggleButton(dataset.displayName());
            button.setId("dataset-" + dataset.id());
            button.setUserData(dataset);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(text.format("dataset.tooltip", dataset.displayName())));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                    : i == datasets.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setSelected(dataset == model.datasetProperty().get());
            button.setMinWidth(Region.USE_PREF_SIZE);
            toggles.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a data set is always chosen; clicking the chosen one keeps it
            } else {
                model.datasetProperty().set((DatasetId) now.getUserData());
            }
        });
        model.datasetProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        HBox header = new HBox(12, title, spacer, datasetLabel, toggles, modelMenu(),
                ViewMenu.create(model.themeProperty(), text));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("header");
        return header;
    }

    private MenuButton modelMenu() {
        MenuItem open = new MenuItem(text.get("model.open"));
        open.setId("open-model");
        open.setAccelerator(OPEN_MODEL);
        open.setOnAction(e -> files.open(tabs.getScene().getWindow()));
        MenuItem export = new MenuItem(text.get("model.export"));
        export.setId("export-keras");
        export.setOnAction(e -> files.export(tabs.getScene().getWindow()));
        MenuItem reset = new MenuItem(text.get("model.reset"));
        reset.setId("reset-model");
        reset.setOnAction(e -> model.models().resetToDefault());
        MenuItem manage = new MenuItem(text.get("model.manage"));
        manage.setId("manage-models");
        manage.setOnAction(e -> new ModelsDialog(new ModelsViewModel(model.models(), text), text,
                tabs.getScene().getWindow()).show());
        MenuItem layers = new MenuItem(text.get("model.layers"));
        layers.setId("model-layers");
        layers.setOnAction(e -> showActiveLayers());
        layers.disableProperty().bind(model.models().statusProperty().map(s -> !s.ready()).orElse(true));
        export.disableProperty().bind(layers.disableProperty());
        MenuButton menu = new MenuButton(text.get("model.menu"), null, open, manage, layers, export, reset);
        menu.setId("model-menu");
        menu.setTooltip(new Tooltip(text.format("model.menuTooltip", OPEN_MODEL.getDisplayText())));
        menu.disableProperty().bind(model.models().statusProperty().isNull());
        model.models().statusProperty().addListener((obs, old, now) ->
                reset.setDisable(now == null || now.state() == ModelStatus.State.LOADING));
        manage.disableProperty().bind(reset.disableProperty());
        return menu;
    }

    private void showActiveLayers() {
        ModelStatus status = model.models().status();
        if (status != null && status.ready()) {
            ArchitectureSummaryDialog.create(text, tabs.getScene().getWindow(), text.format("model.layers.header",
                    status.model().card().architecture(), status.dataset().displayName()),
                    status.model().architecture()).show();
        }
    }

    public static void applyMinimumSize(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }
}
