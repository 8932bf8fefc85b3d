package org.digitworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** Every stylesheet parses without an error: JavaFX drops every rule after a syntax error and only logs it. */
class StylesheetTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException, URISyntaxException {
        // the folder the window's stylesheet comes from (test-classes holds a folder of the same name)
        Path resources = Path.of(StylesheetTest.class.getResource("/org/digitworkbench/gui/workbench.css").toURI())
                .getParent();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(resources)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertFalse(sheets.isEmpty(), "found the stylesheets");
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            Stylesheet parsed = new CssParser().parse(sheet.toUri().toURL());
            assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList(),
                    sheet.getFileName() + " has parse errors");
            assertFalse(parsed.getRules().isEmpty(), sheet.getFileName() + " has rules");
        }
    }
}
