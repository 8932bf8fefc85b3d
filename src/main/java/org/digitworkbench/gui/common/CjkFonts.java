package org.digitworkbench.gui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The font family for bold Chinese text. JavaFX draws the CJK characters its default font lacks from a
 * fallback font in its regular face only, so bold Chinese text came out plain; naming a CJK family that has
 * a bold face makes it bold. Only the bold text gets that family: the CJK families' taller lines, on every
 * label, would push the Draw view's probabilities out of the default window. Without such a family
 * installed, the root gets the {@code cjk-no-bold} style class and the stylesheet marks emphasis by colour
 * instead. The fonts are the system's: none is bundled.
 */
public final class CjkFonts {
    public static final String NO_BOLD = "cjk-no-bold";
    /** The style classes that workbench.css and the theme set in bold. */
    private static final String BOLD_SELECTORS = ".app-title, .guess-headline, .top-class, .actual-class, "
            + ".predicted-class, .train-phase, .title-1, .title-2, .title-3, .title-4, .text-bold";
    // Noto/Source Han first: the ones Linux distributions ship; then the Windows and macOS system fonts
    private static final List<String> SIMPLIFIED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Noto Sans SC", "Microsoft YaHei", "PingFang SC");
    private static final List<String> TRADITIONAL = List.of("Noto Sans CJK TC", "Source Han Sans TC",
            "Noto Sans TC", "Microsoft JhengHei", "PingFang TC");

    private CjkFonts() {
    }

    /** The families worth trying for this language, best first; none for a language without CJK text. */
    static List<String> candidates(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return List.of();
        }
        boolean traditional = "Hant".equals(locale.getScript())
                || Set.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? TRADITIONAL : SIMPLIFIED;
    }

    /** The first candidate that is installed and has a bold face. */
    static Optional<String> boldFamily(Locale locale, Collection<String> installed, Predicate<String> hasBold) {
        return candidates(locale).stream().filter(installed::contains).filter(hasBold).findFirst();
    }

    /** Gives the scene's bold text a CJK family with a bold face, or marks the root as having none. */
    public static void apply(Scene scene, Locale locale) {
        if (candidates(locale).isEmpty()) {
            return;
        }
        Optional<String> family = boldFamily(locale, Font.getFamilies(), CjkFonts::hasBold);
        if (family.isPresent()) {
            scene.getStylesheets().add(stylesheet(family.get()));
        } else {
            scene.getRoot().getStyleClass().add(NO_BOLD);
        }
    }

    /** A data URI, so the family found at run time needs no file. */
    static String stylesheet(String family) {
        String css = BOLD_SELECTORS + " { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasBold(String family) {
        return Font.font(family, FontWeight.BOLD, 12).getStyle().toLowerCase(Locale.ROOT).contains("bold");
    }
}
