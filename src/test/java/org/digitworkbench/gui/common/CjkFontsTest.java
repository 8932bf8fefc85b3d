package org.digitworkbench.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Chinese windows name a CJK family with a bold face when one is installed; English ones keep the theme's. */
class CjkFontsTest {
    @Test
    void eachScriptGetsItsOwnFamilies() {
        assertTrue(CjkFonts.candidates(Locale.ENGLISH).isEmpty());
        assertEquals("Noto Sans CJK SC", CjkFonts.candidates(Locale.SIMPLIFIED_CHINESE).get(0));
        assertEquals("Noto Sans CJK TC", CjkFonts.candidates(Locale.TRADITIONAL_CHINESE).get(0));
        assertEquals("Noto Sans CJK TC", CjkFonts.candidates(Locale.forLanguageTag("zh-Hant")).get(0));
    }

    @Test
    void theFirstInstalledFamilyWithABoldFaceIsChosen() {
        List<String> installed = List.of("DejaVu Sans", "Droid Sans Fallback", "Noto Sans CJK TC",
                "Microsoft JhengHei");
        assertEquals(Optional.of("Microsoft JhengHei"), CjkFonts.boldFamily(Locale.TRADITIONAL_CHINESE, installed,
                family -> !family.startsWith("Noto")));
        assertEquals(Optional.of("Noto Sans CJK TC"),
                CjkFonts.boldFamily(Locale.TRADITIONAL_CHINESE, installed, family -> true));
        assertEquals(Optional.empty(), CjkFonts.boldFamily(Locale.SIMPLIFIED_CHINESE, installed, family -> true));
    }

    @Test
    void onlyTheBoldTextGetsTheFamily() {
        String uri = CjkFonts.stylesheet("Noto Sans CJK SC");
        assertTrue(uri.startsWith("data:text/css;base64,"), uri);
        String css = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertTrue(css.contains(".app-title") && css.contains("-fx-font-family: \"Noto Sans CJK SC\";"), css);
    }
}
