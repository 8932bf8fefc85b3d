package org.digitworkbench.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.digitworkbench.ml.arch.Architecture;
import org.digitworkbench.ml.arch.SpecException;
import org.digitworkbench.ml.arch.SpecProblem;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/digitworkbench/gui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties english = read("messages.properties");
        for (String file : new String[] {"messages_zh_CN.properties", "messages_zh_TW.properties"}) {
            Properties other = read(file);
            assertEquals(english.stringPropertyNames(), other.stringPropertyNames(), file);
        }
    }

    /** A text that goes on (a menu item opening a dialog, work under way) ends the same way in every language. */
    @Test
    void everyLanguageMarksTextThatGoesOnWithOneEllipsis() throws IOException {
        Properties english = read("messages.properties");
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties",
            "messages_zh_TW.properties"}) {
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.contains("...") || text.contains("\u2026\u2026"), file + " " + key + ": " + text);
                if (english.getProperty(key).endsWith("\u2026")) {
                    assertTrue(text.endsWith("\u2026"), file + " " + key + " ends without an ellipsis: " + text);
                }
            }
        }
    }

    @Test
    void everyArchitectureIsDescribedInEveryLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE}) {
            for (Architecture architecture : Architecture.builtIns()) {
                String description = Messages.forLocale(locale).get("arch.description." + architecture.id());
                assertFalse(description.startsWith("!"), locale + " " + architecture.id());
            }
        }
    }

    @Test
    void specProblemsReadInTheWindowAsOnTheCommandLineAndInEveryLanguage() throws IOException {
        Properties english = read("messages.properties");
        for (SpecProblem problem : SpecProblem.values()) {
            assertEquals(problem.english(), english.getProperty(problem.key()), problem.key());
        }
        SpecException e = assertThrows(SpecException.class,
                () -> Architecture.parse("conv(32,3), dense(100), conv(8,3), dense(10)"));
        assertEquals(e.getMessage(), Messages.forLocale(Locale.ENGLISH).describe(e));
        assertEquals("at 25: conv needs an image, but a dense layer before it flattened it", e.getMessage());
        assertEquals("第 25 个字符：conv 需要图像输入，但前面的全连接层已将其展平",
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE).describe(e));
    }

    @Test
    void chineseBundlesAreUsedForChineseLocales() {
        assertEquals("绘制", Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("view.draw"));
        assertEquals("繪製", Messages.forLocale(Locale.TRADITIONAL_CHINESE).get("view.draw"));
        assertEquals("Draw", Messages.forLocale(Locale.ENGLISH).get("view.draw"));
        assertEquals("This doesn't look like a digit. Closest: 3 (41%)",
                Messages.forLocale(Locale.ENGLISH).format("guess.notADigit", "3", 0.41));
        assertEquals("这看起来不像数字。最接近：3（41%）",
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE).format("guess.notADigit", "3", 0.41));
        assertTrue(Messages.forLocale(Locale.ENGLISH).get("no.such.key").startsWith("!"));
    }
}
