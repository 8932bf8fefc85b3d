package org.digitworkbench.gui.shell;

import javafx.application.Application;
import javafx.stage.Stage;
import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.AnswersCache;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ThemeChoice;
import org.digitworkbench.gui.common.WorkbenchSettings;
import org.digitworkbench.ml.runtime.NativeRuntime;
import org.digitworkbench.ml.store.ModelLocator;

/** The JavaFX application: the main window with the Draw, Train and Gallery views. */
public final class WorkbenchApp extends Application {
    private static Workbench workbench;

    public static void launchApp(String[] args) {
        // ND4J's libraries first: loading them while the toolkit loads its own can deadlock (see NativeRuntime)
        NativeRuntime.loadNativeLibraries();
        workbench = createDefault();
        // reading the model overlaps with the toolkit starting up
        workbench.prefetch();
        Application.launch(WorkbenchApp.class, args);
    }

    private static Workbench createDefault() {
        WorkbenchHome home = WorkbenchHome.current();
        return new Workbench(new ModelLocator(home.models()), WorkbenchSettings.load(home.settingsFile()),
                Messages.forDefaultLocale(), home.datasets(), RunHistory.at(home), DrawingStore.at(home),
                AnswersCache.in(home));
    }

    /** The application's look, also used by the tests. */
    public static void applyTheme() {
        applyTheme(ThemeChoice.LIGHT);
    }

    /** Every window of the application follows, dialogs included. */
    public static void applyTheme(ThemeChoice theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        if (workbench == null) {
            NativeRuntime.loadNativeLibraries(); // launched without launchApp, e.g. by an IDE
            workbench = createDefault();
        }
        workbench.show(stage); // applies the remembered theme
    }

    @Override
    public void stop() {
        workbench.close();
    }
}
