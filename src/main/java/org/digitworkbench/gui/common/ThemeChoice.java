package org.digitworkbench.gui.common;

import java.util.Locale;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.scene.paint.Color;

/** The window's look: AtlantaFX's Primer theme, light or dark. */
public enum ThemeChoice {
    LIGHT(new PrimerLight(), Color.web("#ffffff")),
    DARK(new PrimerDark(), Color.web("#0d1117"));

    private final Theme theme;
    private final Color background;

    /** @param background the theme's -color-bg-default, needed before any stylesheet has been applied */
    ThemeChoice(Theme theme, Color background) {
        this.theme = theme;
        this.background = background;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice stored under {@code id}; anything unknown gives the light theme. */
    public static ThemeChoice fromId(String id) {
        for (ThemeChoice choice : values()) {
            if (choice.id().equals(id)) {
                return choice;
            }
        }
        return LIGHT;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    /** The window's background, so the first frame (and the native window before it) is not white in the dark theme. */
    public Color background() {
        return background;
    }
}
