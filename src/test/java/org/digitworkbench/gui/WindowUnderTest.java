package org.digitworkbench.gui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.TestData;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.gui.shell.Workbench;
import org.digitworkbench.gui.shell.WorkbenchApp;
import org.digitworkbench.ml.store.ModelLocator;
import org.testfx.util.WaitForAsyncUtils;

/** The window the window tests drive: the user's models only (no shipped ones), its files in the test's folder. */
public final class WindowUnderTest {
    private WindowUnderTest() {
    }

    /** Shows the workbench on {@code stage}: models from {@code userModels}, settings, runs and drawings in {@code dir}. */
    public static Workbench show(Stage stage, Path userModels, Path dir, Messages text) {
        WorkbenchApp.applyTheme();
        Workbench workbench = new Workbench(ModelLocator.userModelsOnly(userModels),
                WorkbenchSettings.load(dir.resolve("gui.properties")), text, TestData.cacheRoot(),
                new RunHistory(dir.resolve("runs")), new DrawingStore(dir.resolve("drawings")),
                new AnswersCache(dir.resolve("answers")));
        workbench.show(stage);
        return workbench;
    }

    /** Waits up to {@code seconds} for {@code condition}, failing with what it waited for. */
    public static void await(String what, int seconds, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("waited " + seconds + " s for " + what);
        }
    }
}
