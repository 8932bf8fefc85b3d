package org.digitworkbench.gui.gallery;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.WorkbenchView;

/** Placeholder for the Gallery view until its issue is built. */
public final class GalleryView implements WorkbenchView {
    private final Messages text;
    private final VBox root;

    public GalleryView(GalleryViewModel model, Messages text) {
        this.text = text;
        Label title = new Label(text.get("view.gallery"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label message = new Label();
        message.setId("gallery-message");
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
        return text.get("view.gallery");
    }

    @Override
    public Node node() {
        return root;
    }
}
