package org.parley.ui.positions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.ui.forms.Form;

/** The matrix's questions as small forms owned by the desk window. */
final class FormPositionPrompts implements PositionPrompts {

    private static final String STANCE_HELP = "Supports (S), flexible (F), opposes (O), red line (R), unknown (U)";

    private final Supplier<Window> owner;

    FormPositionPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void stance(String title, String question, Stance initial, Consumer<Stance> chosen) {
        Form form = new Form(title).intro(question);
        ComboBox<Stance> stance = stanceField(form, initial);
        Dialog<Stance> dialog = form.dialog(owner.get(), "Save", stance::getValue);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    @Override
    public Optional<StanceAndNote> stanceAndNote(String title, Stance initial, String note) {
        Form form = new Form(title);
        ComboBox<Stance> stance = stanceField(form, initial);
        TextArea text = form.area("Note", note, "What was said, by whom, when; blank with \"unknown\" clears the cell");
        return form.show(owner.get(), "Save", () -> new StanceAndNote(stance.getValue(), text.getText()));
    }

    @Override
    public Optional<LineAndFallback> ourLine(String title, String line, String fallback) {
        Form form = new Form(title);
        TextArea l = form.area("Our line", line, "What we say in the room");
        TextArea f = form.area("Fallback", fallback, "How far we may move; both blank removes our line");
        return form.show(owner.get(), "Save", () -> new LineAndFallback(l.getText(), f.getText()));
    }

    @Override
    public Optional<ProposalStance> proposalStance(String title, List<Proposal> proposals, Proposal initial,
                                                   Function<Proposal, String> name, Stance initialStance) {
        Form form = new Form(title).intro("The stance is recorded on every amendment of the proposal.");
        ComboBox<Proposal> proposal = form.choice("Proposal", proposals, initial, name, "Whose proposal");
        ComboBox<Stance> stance = stanceField(form, initialStance);
        return form.show(owner.get(), "Save", () -> new ProposalStance(proposal.getValue(), stance.getValue()));
    }

    private static ComboBox<Stance> stanceField(Form form, Stance initial) {
        ComboBox<Stance> box = form.choice("Stance", Arrays.asList(Stance.values()), initial,
                s -> s.mark() + " " + s.label(), STANCE_HELP);
        // Typing the stance's key in the list picks it, as in the matrix.
        box.setOnKeyTyped(e -> StanceKeys.of(e.getCharacter()).ifPresent(box::setValue));
        return box;
    }
}
