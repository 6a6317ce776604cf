package org.parley.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import arrows of DESIGN.md, kept true: ui → service → store → model, service → io/print → model;
 * the model imports nothing of ours, nor JavaFX nor SQL; only the store touches java.sql.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Test classes live in a "test-classes" folder wherever the build puts it
                // (-Dparley.buildDir moves it out of target/, where ArchUnit's own option looks).
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.parley");
    }

    @Test
    void model_dependsOnNothingOfOursNorOnJavaFxOrSql() {
        noClasses().that().resideInAPackage("org.parley.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.app..", "org.parley.ui..", "org.parley.service..", "org.parley.store..",
                        "org.parley.io..", "org.parley.print..", "javafx..", "java.sql..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void onlyTheStore_touchesSql() {
        noClasses().that().resideOutsideOfPackage("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void store_knowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.app..", "org.parley.ui..", "org.parley.service..", "org.parley.io..",
                        "org.parley.print..", "javafx..")
                .check(classes);
    }

    @Test
    void io_knowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.parley.io..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.app..", "org.parley.ui..", "org.parley.service..", "org.parley.store..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void print_knowsOnlyTheModel() {
        // Sheets are built from the domain alone; the service reads the store and hands them the data.
        noClasses().that().resideInAPackage("org.parley.print..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.app..", "org.parley.ui..", "org.parley.service..", "org.parley.store..",
                        "org.parley.io..", "java.sql..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void service_doesNotKnowTheUi() {
        noClasses().that().resideInAPackage("org.parley.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.app..", "org.parley.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void ui_goesThroughTheService_neverToStoreOrIo() {
        noClasses().that().resideInAPackage("org.parley.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parley.store..", "org.parley.io..",
                        "org.parley.app..")
                .check(classes);
    }

    @Test
    void panes_doNotReachIntoEachOther() {
        // A pane knows the model, the services, and the shared ui.common and ui.forms; the
        // desk window (ui.main) and the Negotiation menu (ui.negotiation, which acts on the
        // selection of several panes) are what put panes together.
        String[] panes = {"missions", "proposals", "timeline", "positions", "compromises", "scenarios", "changes",
                "backups", "print"};
        for (String pane : panes) {
            List<String> others = new ArrayList<>();
            others.add("org.parley.ui.main..");
            others.add("org.parley.ui.negotiation..");
            for (String other : panes) {
                if (!other.equals(pane)) {
                    others.add("org.parley.ui." + other + "..");
                }
            }
            noClasses().that().resideInAPackage("org.parley.ui." + pane + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void onlyTheDeskSession_putsKeysOnTheScene() {
        // The scene outlives every desk; a key put there by anything else would reach a closed desk.
        noClasses().that().doNotHaveFullyQualifiedName("org.parley.app.DeskSession")
                .should().callMethod(javafx.scene.Scene.class, "getAccelerators")
                .because("the desk session owns the scene's keys and takes them away when it closes")
                .check(classes);
    }

    @Test
    void editorListeners_areAddedOnlyByTheDeskSession() {
        // The view models expose onApplied(...); the desk session adds them to the editor, keeps
        // what removes each and runs those when it ends. Nothing else (in ui or app) listens to the
        // editor, so nothing outlives the session that built it.
        noClasses().that().doNotHaveFullyQualifiedName("org.parley.app.DeskSession")
                .and().resideOutsideOfPackage("org.parley.service..")
                .should().callMethod(org.parley.service.Editor.class, "addListener", java.util.function.Consumer.class)
                .because("the desk session owns the editor's listeners and removes them when it ends")
                .check(classes);
    }

    @Test
    void views_doNotKnowTheModel() {
        // A view (a *Pane, *Dialog, *Window or *View of org.parley.ui, with its inner classes)
        // shows what its view model gives it: rows of strings and numbers, formatted texts.
        DescribedPredicate<JavaClass> view = new DescribedPredicate<>(
                "views (*Pane, *Dialog, *Window, *View in org.parley.ui)") {
            @Override
            public boolean test(JavaClass c) {
                String topLevel = c.getName().split("\\$")[0];
                String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
                return topLevel.startsWith("org.parley.ui.")
                        && (simple.endsWith("Pane") || simple.endsWith("Dialog") || simple.endsWith("Window")
                        || simple.endsWith("View"));
            }
        };
        noClasses().that(view)
                .should().dependOnClassesThat().resideInAPackage("org.parley.model..")
                .because("views show their view model's rows and texts; the model stays behind the view models")
                .check(classes);
    }
}
