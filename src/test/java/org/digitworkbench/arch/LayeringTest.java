package org.digitworkbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the code relies on: data below ml below cli and gui; JavaFX only inside gui. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.digitworkbench");
    }

    @Test
    void javaFxStaysInsideTheGui() {
        noClasses().that().resideOutsideOfPackage("org.digitworkbench.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void dataDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.digitworkbench.data..")
                .should().dependOnClassesThat().resideInAnyPackage("org.digitworkbench.ml..",
                        "org.digitworkbench.cli..", "org.digitworkbench.gui..", "org.nd4j..", "org.deeplearning4j..")
                .check(classes);
    }

    @Test
    void mlKnowsNeitherCliNorGui() {
        noClasses().that().resideInAPackage("org.digitworkbench.ml..")
                .should().dependOnClassesThat().resideInAnyPackage("org.digitworkbench.cli..",
                        "org.digitworkbench.gui..")
                .check(classes);
    }

    @Test
    void cliAndGuiStayApart() {
        noClasses().that().resideInAPackage("org.digitworkbench.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.digitworkbench.gui..").check(classes);
        noClasses().that().resideInAPackage("org.digitworkbench.gui..")
                .should().dependOnClassesThat().resideInAPackage("org.digitworkbench.cli..").check(classes);
    }
}
