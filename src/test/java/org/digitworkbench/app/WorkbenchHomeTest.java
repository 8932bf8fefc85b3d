package org.digitworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkbenchHomeTest {
    private static final Path USER = Path.of("/home/someone");

    @Test
    void everythingUnderTheUsersFolderByDefault() {
        WorkbenchHome home = new WorkbenchHome(Map.of(), USER);
        assertEquals(USER.resolve(".digit-workbench"), home.root());
        assertEquals(USER.resolve(".digit-workbench/datasets"), home.datasets());
        assertEquals(USER.resolve(".digit-workbench/models"), home.models());
        assertEquals(USER.resolve(".digit-workbench/runs"), home.runs());
        assertEquals(USER.resolve(".digit-workbench/gui.properties"), home.settingsFile());
    }

    @Test
    void theHomeVariableMovesEverything() {
        WorkbenchHome home = new WorkbenchHome(Map.of(WorkbenchHome.HOME_ENV, "/tmp/wb"), USER);
        assertEquals(Path.of("/tmp/wb/datasets"), home.datasets());
        assertEquals(Path.of("/tmp/wb/models"), home.models());
        assertEquals(Path.of("/tmp/wb/runs"), home.runs());
        assertEquals(Path.of("/tmp/wb/gui.properties"), home.settingsFile());
    }

    @Test
    void theFinerVariablesStillMoveTheirPart() {
        WorkbenchHome home = new WorkbenchHome(Map.of(WorkbenchHome.HOME_ENV, "/tmp/wb",
                WorkbenchHome.DATA_ENV, "/data/sets", WorkbenchHome.MODELS_ENV, " "), USER);
        assertEquals(Path.of("/data/sets"), home.datasets());
        assertEquals(Path.of("/tmp/wb/models"), home.models(), "a blank variable counts as unset");
        assertEquals(Path.of("/tmp/wb/runs"), home.runs());
    }
}
