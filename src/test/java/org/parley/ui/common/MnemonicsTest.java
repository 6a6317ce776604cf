package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** How a button's letter is chosen: a free word initial first, then any free letter, never a reserved one. */
@ExtendWith(ApplicationExtension.class) // buttons need the toolkit
class MnemonicsTest {

    @Test
    void aFreeWordInitialComesFirst_thenAnyFreeLetter_thenNone() {
        assertThat(Mnemonics.choose("Add the usual scenarios", Set.of())).isZero();
        assertThat(Mnemonics.choose("Add the usual scenarios", Set.of('a'))).isEqualTo(4); // the t of "the"
        assertThat(Mnemonics.choose("Edit…", Set.of('e'))).isEqualTo(1); // the E taken: E_dit…
        assertThat(Mnemonics.choose("Edit…", Set.of('e', 'd'))).isEqualTo(2);
        assertThat(Mnemonics.choose("−", Set.of())).isEqualTo(-1);
        assertThat(Mnemonics.choose("OK", Set.of('o', 'k'))).isEqualTo(-1);
    }

    @Test
    void aTextsOwnLetterIsKept_andCountsAsTaken() {
        Button own = new Button("Save as P_DF…");
        Button print = new Button("Print…");
        Button delete = new Button("Delete");
        Button icon = new Button("Find");
        icon.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        Set<Character> used = Mnemonics.give(List.of(new HBox(own, print, delete, icon)), Set.of('p'));
        assertThat(own.getText()).isEqualTo("Save as P_DF…");
        assertThat(print.getText()).as("p is reserved").isEqualTo("P_rint…");
        assertThat(delete.getText()).as("d is the PDF button's").isEqualTo("D_elete");
        assertThat(icon.getText()).as("an icon-only button keeps its name").isEqualTo("Find");
        assertThat(used).contains('p', 'd', 'r', 'e');
    }

    @Test
    void theMenuBarsLetters_areTheOnesToKeepFree() {
        var bar = new javafx.scene.control.MenuBar(new javafx.scene.control.Menu("_File"),
                new javafx.scene.control.Menu("Plain"), new javafx.scene.control.Menu("De_liberation"));
        assertThat(Mnemonics.ofMenus(bar)).containsExactlyInAnyOrder('f', 'l');
    }

    @Test
    void aLetterNamedByALaterText_isNotTakenByAnEarlierOne_andNullsStay() {
        List<String> out = Mnemonics.lettered(java.util.Arrays.asList("Print…", null, "Save as _PDF…"),
                new java.util.HashSet<>());
        assertThat(out).containsExactly("P_rint…", null, "Save as _PDF…");
    }

    @Test
    void aTitlesUnderscore_isShownAsTyped_andTheButtonStillTakesALetter() {
        Button replace = new Button(Mnemonics.quoting("Replace \u201c", "budget_2018", "\u201d"));
        HBox box = new HBox(replace);
        new javafx.scene.Scene(box, 400, 40);
        Mnemonics.give(List.of(box), Set.of());
        box.applyCss();
        box.layout();
        String shown = replace.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElseThrow();
        assertThat(shown).isEqualTo("Replace \u201cbudget_2018\u201d");
        assertThat(replace.getText()).startsWith("_R");
    }
}
