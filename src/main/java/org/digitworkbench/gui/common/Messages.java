package org.digitworkbench.gui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.digitworkbench.app.FailureText;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LocalizableFailure;

/** Every user-visible string, from the {@code org.digitworkbench.gui.messages} bundle. */
public final class Messages {
    public static final String BUNDLE = "org.digitworkbench.gui.messages";
    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        // no fallback to the default locale: Locale.ENGLISH must give the base bundle on a Chinese desktop too
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static Messages forDefaultLocale() {
        return forLocale(Locale.getDefault());
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing translation must never take the window down; show the key so it gets noticed
            return "!" + key + "!";
        }
    }

    /** The class names for narrow places (a matrix column, a small tile): the full name where it is short. */
    public List<String> shortClassNames(DatasetId dataset) {
        List<String> full = classNames(dataset);
        List<String> names = new ArrayList<>();
        for (int label = 0; label < full.size(); label++) {
            String key = "gallery.short." + dataset.id() + "." + label;
            names.add(bundle.containsKey(key) ? bundle.getString(key) : full.get(label));
        }
        return names;
    }

    /** Class names in this language where the bundle has them ({@code class.<data set id>.<label>}). */
    public List<String> classNames(DatasetId dataset) {
        List<String> names = new ArrayList<>();
        for (int label = 0; label < dataset.classNames().size(); label++) {
            String key = "class." + dataset.id() + "." + label;
            names.add(bundle.containsKey(key) ? bundle.getString(key) : dataset.classNames().get(label));
        }
        return names;
    }

    /** {@link MessageFormat} pattern from the bundle, formatted in the bundle's locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }

    /**
     * What went wrong, in this language where the failure carries a key of this bundle (see
     * {@link FailureText#localizable}), else its English message.
     */
    public String describe(Throwable failure) {
        LocalizableFailure localizable = FailureText.localizable(failure);
        if (localizable != null && bundle.containsKey(localizable.key())) {
            return format(localizable.key(), localizable.args());
        }
        return FailureText.describe(failure);
    }
}
