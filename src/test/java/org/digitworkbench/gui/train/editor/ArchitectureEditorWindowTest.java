package org.digitworkbench.gui.train.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DatasetRepository;
import org.digitworkbench.gui.WindowUnderTest;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.train.TrainViewModel;
import org.digitworkbench.gui.train.common.TrainState;
import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.ArchitectureSummary;
import org.digitworkbench.ml.model.ModelCard;
import org.digitworkbench.ml.store.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: writing an architecture in the Train view's editor, training it, and its layers. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureEditorWindowTest {
    private static final Messages TEXT = Messages.forLocale(Locale.ENGLISH);
    private static final String OWN = "dense(64), relu, dense(10)";
    @TempDir
    Path userModels;
    @TempDir
    Path settingsDir;
    private Workbench workbench;
    private TrainViewModel train;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = WindowUnderTest.show(stage, userModels, settingsDir, TEXT);
        workbench.window().tabs().getSelectionModel().select(1);
        train = workbench.trainViewModel();
        train.setTrainingData(DatasetRepository.at(TestData.cacheRoot())::load);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        workbench.close();
    }

    @Test
    void aBuiltInShowsItsLayersAndCancelKeepsIt(FxRobot robot) {
        robot.clickOn("#train-architecture-edit");
        TableView<?> table = robot.lookup("#architecture-table").queryTableView();
        assertEquals(ArchitectureSummary.of(Architecture.CNN).rows().size(), table.getItems().size());
        assertEquals("Total: 155,606 parameters", robot.lookup("#architecture-total").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#architecture-error").queryAs(Label.class).isVisible());
        assertEquals(Architecture.CNN.spec(), robot.lookup("#architecture-spec").queryAs(TextArea.class).getText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Architecture.CNN, train.form().architectureProperty().get());
    }

    @Test
    void aMistakeIsShownAsYouTypeAndTheFixedSpecIsTrained(FxRobot robot) throws Exception {
        robot.clickOn("#train-architecture-edit");
        TextArea spec = robot.lookup("#architecture-spec").queryAs(TextArea.class);
        robot.interact(() -> spec.setText("dense(64), relu, dense(1"));
        Label error = robot.lookup("#architecture-error").queryAs(Label.class);
        Button use = robot.lookup("#architecture-use").queryButton();
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("at 25: expected ')'"), error.getText());
        assertTrue(use.isDisabled());
        robot.clickOn(error);
        assertEquals(24, spec.getCaretPosition(), "the click puts the caret where the problem is");

        robot.clickOn(spec).type(KeyCode.END).write("0)");
        assertEquals(OWN, spec.getText());
        assertFalse(error.isVisible());
        assertFalse(use.isDisabled());
        assertEquals(3, robot.lookup("#architecture-table").queryTableView().getItems().size());
        assertEquals("Total: 50,890 parameters", robot.lookup("#architecture-total").queryAs(Label.class).getText());

        robot.clickOn(use);
        WaitForAsyncUtils.waitForFxEvents();
        Architecture chosen = train.form().architectureProperty().get();
        assertEquals(OWN, chosen.spec());
        assertEquals(chosen, train.form().settings().architecture());
        ComboBox<?> picker = robot.lookup("#train-architecture").queryComboBox();
        assertTrue(picker.getItems().contains(chosen), "pickable again after trying a built-in");
        assertEquals("Custom: " + OWN, picker.getButtonCell().getText());

        // a short run of it becomes the active model, whose card keeps the spec
        robot.interact(() -> {
            train.form().setImageLimit(256);
            train.form().epochsProperty().set("1");
        });
        assertTrue(train.form().problemsProperty().get().isEmpty(), train.form().problemsProperty().get()::toString);
        robot.interact(train::start);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> train.controller().steering().stateProperty().get() == TrainState.IDLE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.models().status().ready()
                && OWN.equals(workbench.models().status().model().card().spec()));
        ModelCard saved = ModelStore.load(userModels.resolve("mnist.zip")).card();
        assertEquals(OWN, saved.spec());
        assertEquals(Architecture.CUSTOM, saved.architecture());

        // the model menu shows the active model's layers in the same table
        robot.clickOn("#model-menu").clickOn("#model-layers");
        assertEquals(3, robot.lookup("#architecture-table").queryTableView().getItems().size());
        assertEquals(OWN, robot.lookup("#architecture-summary-spec").queryAs(TextArea.class).getText());
        robot.type(KeyCode.ESCAPE);

        // and so does the Models dialog for any of the user's models
        robot.clickOn("#model-menu").clickOn("#manage-models");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-list").queryListView().getItems()
                .size() == 1);
        robot.interact(() -> robot.lookup("#models-list").queryListView().getSelectionModel().select(0));
        robot.clickOn("#models-layers");
        assertEquals(3, robot.lookup("#architecture-table").queryTableView().getItems().size());
        assertEquals("Total: 50,890 parameters", robot.lookup("#architecture-total").queryAs(Label.class).getText());
    }
}
