package org.digitworkbench.gui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The application's icon at the sizes window managers ask for. Made from {@code assets/icon.svg}
 * ({@code convert -background none -density 300 assets/icon.svg -resize NxN icon-N.png}).
 */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/org/digitworkbench/gui/icons/icon-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }
}
