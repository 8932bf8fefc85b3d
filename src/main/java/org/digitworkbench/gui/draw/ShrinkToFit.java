package org.digitworkbench.gui.draw;

import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Makes a big label's font smaller when its text would not fit its container's width, so a long class name
 * ("T-shirt/top", "Ankle boot") is shown whole instead of cut to "T-sh...". The stylesheet's size is the most
 * it gets.
 */
final class ShrinkToFit {
    private ShrinkToFit() {
    }

    static void install(Label label, Region container) {
        InvalidationListener fit = observable -> fit(label, container.getWidth());
        label.textProperty().addListener(fit);
        container.widthProperty().addListener(fit);
    }

    static void fit(Label label, double available) {
        label.setStyle("");
        label.applyCss();
        String shown = label.getText();
        if (shown == null || shown.isEmpty() || available <= 0) {
            return;
        }
        Text probe = new Text(shown);
        probe.setFont(label.getFont());
        double needed = probe.getLayoutBounds().getWidth() + label.snappedLeftInset() + label.snappedRightInset();
        if (needed > available) {
            double size = Math.floor(label.getFont().getSize() * available / needed * 0.97);
            label.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", Math.max(10, size)));
        }
    }
}
