package org.parley.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule of the model says no with {@code org.parley.model.Refused}; an IllegalArgumentException
 * is a fault. So no code of ours catches IllegalArgumentException to mean "the model said no"
 * (decision 0014): a JDK parser's complaint about user text is converted where it is called, by
 * catching its own narrow type (NumberFormatException, DateTimeParseException). The few places
 * that must catch a JDK method's IllegalArgumentException are listed here, each with its reason.
 */
class RefusalCatchTest {

    /** Class → why it may catch IllegalArgumentException itself. */
    private static final Map<String, String> ALLOWED = Map.of(
            "org.parley.store.FileIdentity",
            "Files.getAttribute throws IllegalArgumentException when the file system has no unix: view; "
                    + "the identity then falls back to the canonical path");

    @Test
    void noClassCatchesIllegalArgumentException_toMeanRefusal() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.parley");
        assertThat(classes).as("classes imported").isNotEmpty();

        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            String top = c.getName().replaceFirst("\\$.*", "");
            if (ALLOWED.containsKey(top)) {
                continue;
            }
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                    if (block.getCaughtThrowables().stream()
                            .anyMatch(t -> t.isEquivalentTo(IllegalArgumentException.class))) {
                        found.add(unit.getFullName() + " at " + block.getSourceCodeLocation());
                    }
                }
            }
        }
        assertThat(found).as("catch (IllegalArgumentException …) outside the allow-list: catch "
                + "org.parley.model.Refused for a refusal, or the JDK parser's own exception type").isEmpty();
    }
}
