package org.digitworkbench.gui.gallery;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.digitworkbench.gui.common.Messages;
import org.junit.jupiter.api.Test;

/** Keys built from enum names stay the same on a Turkish system, where "FIXED".toLowerCase() is "fıxed". */
class BundleKeysTest {

    @Test
    void keysFromNamesResolveUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            List<String> keys = new ArrayList<>();
            for (GallerySource source : GallerySource.values()) {
                keys.add(source.bundleKey());
                keys.add(source.emptyKey());
            }
            for (GallerySort sort : GallerySort.values()) {
                keys.add(sort.bundleKey());
            }
            for (GallerySplit split : GallerySplit.values()) {
                keys.add(split.bundleKey());
            }
            for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
                Messages text = Messages.forLocale(language);
                for (String key : keys) {
                    assertFalse(text.get(key).startsWith("!"), key + " is missing in " + language);
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
