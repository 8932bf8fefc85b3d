package org.digitworkbench.gui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long class name in the big headline is shown whole, in a smaller font, and short ones keep the big one. */
@ExtendWith(ApplicationExtension.class)
class ShrinkToFitTest {
    private Label headline;
    private StackPane area;

    private Stage own;

    /** A stage of its own: the shared primary stage keeps the size the window tests expect. */
    @Start
    void start(Stage primary) {
        own = new Stage();
        headline = new Label("4");
        headline.getStylesheets().add("data:text/css,.label { -fx-font-size: 60px; -fx-font-weight: bold; }");
        area = new StackPane(headline);
        area.setPrefWidth(150);
        area.setMaxWidth(150);
        ShrinkToFit.install(headline, area);
        own.setScene(new Scene(new StackPane(area), 300, 120));
        own.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(own::hide).get(10, TimeUnit.SECONDS);
    }

    private String shownText() {
        return ((Text) headline.lookup(".text")).getText();
    }

    @Test
    void aLongNameShrinksToFitAndAShortOneStaysBig(FxRobot robot) {
        robot.interact(() -> headline.setText("T-shirt/top"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T-shirt/top", shownText(), "shown whole, not cut");
        assertTrue(headline.getFont().getSize() < 60, "smaller: " + headline.getFont().getSize());

        robot.interact(() -> headline.setText("7"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, headline.getFont().getSize(), 0.5, "a short name keeps the stylesheet's size");
    }
}
