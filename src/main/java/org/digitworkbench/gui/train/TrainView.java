package org.digitworkbench.gui.train;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;

/** Placeholder for the Train view until its issue is built. */
public final class TrainView implements WorkbenchView {
    private final Messages text;
    private final VBox root;

    public TrainView(TrainViewModel model, Messages text) {
        this.text = text;
        Label title = new Label(text.get("view.train"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label message = new Label();
        message.setId("train-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.message());
        root = new VBox(12, title, message);
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(520);
        root.getStyleClass().add("placeholder-view");
    }

    @Override
    public String title() {
        return text.get("view.train");
    }

    @Override
    public Node node() {
        return root;
    }
}
