package org.digitworkbench.gui;

import java.util.ResourceBundle;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** The main window: Draw, Train and Gallery views. */
public final class WorkbenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = ResourceBundle.getBundle("org.digitworkbench.gui.messages");
        TabPane views = new TabPane(
                new Tab(text.getString("view.draw"), new Label(text.getString("view.coming"))),
                new Tab(text.getString("view.train"), new Label(text.getString("view.coming"))),
                new Tab(text.getString("view.gallery"), new Label(text.getString("view.coming"))));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setTitle(text.getString("app.title"));
        stage.setScene(new Scene(views, 960, 640));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.show();
    }
}
