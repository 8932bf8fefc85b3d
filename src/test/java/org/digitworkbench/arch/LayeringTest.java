package org.digitworkbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code relies on: data below ml below cli and gui; JavaFX only inside gui; no package cycles;
 * the window's features apart; view models free of controls; console output only from the command line.
 */
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

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.digitworkbench.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWindowsFeaturesKnowNothingOfEachOther() {
        slices().matching("org.digitworkbench.gui.(draw|train|gallery)..").should().notDependOnEachOther()
                .check(classes);
    }

    @Test
    void whatTheViewsShareKnowsNeitherTheShellNorAView() {
        noClasses().that().resideInAPackage("org.digitworkbench.gui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.digitworkbench.gui.shell..",
                        "org.digitworkbench.gui.draw..", "org.digitworkbench.gui.train..",
                        "org.digitworkbench.gui.gallery..")
                .check(classes);
    }

    @Test
    void theApplicationLayerKnowsNeitherTheWindowNorTheCommandLine() {
        noClasses().that().resideInAPackage("org.digitworkbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.digitworkbench.gui..",
                        "org.digitworkbench.cli..", "javafx..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.digitworkbench.data..", "org.digitworkbench.ml..")
                .should().dependOnClassesThat().resideInAPackage("org.digitworkbench.app..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /** Standard output belongs to the command line (its JSON). */
    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.digitworkbench.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    /** One engine: everything runs {@code ml.step}; SameDiff is only the tests' reference. */
    @Test
    void nothingRunsSameDiff() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.nd4j.autodiff..").check(classes);
    }
}
