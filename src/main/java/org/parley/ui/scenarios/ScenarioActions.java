package org.parley.ui.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parley.model.Compromise;
import org.parley.model.Problem;
import org.parley.model.Proposal;
import org.parley.model.Refused;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.service.CsvExports;
import org.parley.service.ScenarioEdits;
import org.parley.service.ScenarioTexts;
import org.parley.ui.common.CsvSaving;
import org.parley.ui.common.DeskEditing;

/**
 * What the user does in the scenario view, each one gesture through the editor: refusals and
 * failed saves are reported by {@link DeskEditing}; a share typed in place that is not a
 * percentage is named in {@link #messageProperty()} and nothing is stored.
 */
public final class ScenarioActions {

    private final DeskEditing editing;
    private final ScenarioEdits edits;
    private final ScenariosViewModel view;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ScenarioActions(DeskEditing editing, ScenarioEdits edits, ScenariosViewModel view) {
        this.editing = editing;
        this.edits = edits;
        this.view = view;
    }

    /** The last problem or notice, e.g. "Share: "150": a percentage must be between 0 and 100". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file name offered for the selected scenario's CSV, e.g. "Scenario B.csv". */
    public String csvFileName() {
        Scenario s = view.selectedProperty().get();
        return CsvExports.fileName(s == null ? "scenario" : s.name());
    }

    /**
     * Writes the selected scenario's totals per mission as CSV; a failure is reported.
     *
     * @return true when the file was written
     */
    public boolean exportCsv(Path file) {
        Scenario s = view.selectedProperty().get();
        return s != null && CsvSaving.write(editing.dialogs(), file, f -> CsvExports.scenario(view.data(), s.id(), f));
    }

    /** Forgets the last problem, e.g. when the user leaves a share as it was. */
    public void clearMessage() {
        message.set("");
    }

    /** The problems with a name and a target as typed; {@code scenarioId} 0 for a new scenario. */
    public List<Problem> check(long scenarioId, String name, String targetText) {
        List<Problem> problems = new ArrayList<>();
        long target = 0;
        try {
            target = TargetInput.parse(targetText);
        } catch (Refused e) {
            problems.add(new Problem("Target", e.getMessage()));
        }
        problems.addAll(0, edits.check(scenarioId, name, target));
        return problems;
    }

    /** Creates a scenario and shows it. */
    public boolean create(String name, String targetText) {
        return editing.run("Add scenario", () -> view.select(edits.create(name, TargetInput.parse(targetText))));
    }

    /** Renames and retargets the selected scenario. */
    public boolean edit(String name, String targetText) {
        Scenario s = selected();
        return s != null && editing.run("Edit scenario", () -> edits.edit(s.id(), name, TargetInput.parse(targetText)));
    }

    public boolean duplicate() {
        Scenario s = selected();
        return s != null && editing.run("Duplicate scenario", () -> view.select(edits.duplicate(s.id())));
    }

    /** Deletes the selected scenario once the user agrees. */
    public boolean delete() {
        Scenario s = selected();
        if (s == null || !editing.dialogs().confirm("Delete scenario", "Delete scenario \"" + s.name() + "\"?",
                "It adopts " + s.items().size() + (s.items().size() == 1 ? " item" : " items") + ". The proposals and "
                        + "compromises stay; only the scenario goes. Edit > Undo brings it back.")) {
            return false;
        }
        return editing.run("Delete scenario", () -> edits.delete(s.id()));
    }

    /** Adds the usual scenarios not there yet, and shows the first one added. */
    public boolean addUsual() {
        return editing.run("Add the usual scenarios", () -> {
            List<Long> ids = edits.addUsualScenarios();
            if (ids.isEmpty()) {
                message.set("The usual scenarios are there already: " + String.join(", ", ScenarioEdits.USUAL_NAMES));
            } else {
                message.set("");
                view.select(ids.get(0));
            }
        });
    }

    /** The proposals the selected scenario does not adopt yet. */
    public List<Proposal> proposalsToAdd() {
        Set<Long> taken = taken(ScenarioItem.Kind.PROPOSAL);
        return view.data().proposals().stream().filter(p -> !taken.contains(p.id())).toList();
    }

    /** The compromises the selected scenario does not adopt yet. */
    public List<Compromise> compromisesToAdd() {
        Set<Long> taken = taken(ScenarioItem.Kind.COMPROMISE);
        return view.data().compromises().stream().filter(c -> !taken.contains(c.id())).toList();
    }

    public String describe(Proposal p) {
        return ScenarioTexts.proposal(view.data(), p.id());
    }

    public String describe(Compromise c) {
        return ScenarioTexts.compromise(view.data(), c.id());
    }

    public boolean addProposal(long proposalId, Share share) {
        return add(ScenarioItem.proposal(proposalId, share));
    }

    public boolean addCompromise(long compromiseId, Share share) {
        return add(ScenarioItem.compromise(compromiseId, share));
    }

    /** Whether a proposal dragged here may be dropped: a scenario is shown and does not adopt it yet. */
    public boolean canDropProposal(long proposalId) {
        return selected() != null && view.data().proposal(proposalId).isPresent()
                && !taken(ScenarioItem.Kind.PROPOSAL).contains(proposalId);
    }

    /** A proposal dropped on the items: adopted in full, at the end. */
    public boolean dropProposal(long proposalId) {
        return canDropProposal(proposalId) && addProposal(proposalId, Share.WHOLE);
    }

    public boolean remove(ItemRow row) {
        Scenario s = selected();
        return s != null && editing.run("Remove from scenario",
                () -> edits.removeItem(s.id(), row.item().kind(), row.item().id()));
    }

    /** Moves an item up (−1) or down (+1); returns where it is now (its old place when it could not move). */
    public int move(ItemRow row, int by) {
        Scenario s = selected();
        int from = row.number() - 1;
        int to = from + by;
        if (s == null || to < 0 || to >= s.items().size()) {
            return from;
        }
        return editing.run("Reorder scenario", () -> edits.moveItem(s.id(), row.item().kind(), row.item().id(), to))
                ? to : from;
    }

    /**
     * Sets an item's share from what was typed ("50", "12.5%"). A text that is not a percentage
     * from 0 to 100 is named in the message and changes nothing.
     *
     * @return true when the share is stored (or was that already)
     */
    public boolean setShare(ItemRow row, String text) {
        Optional<String> problem = shareProblem(text);
        if (problem.isPresent()) {
            message.set(problem.get());
            return false;
        }
        message.set("");
        Scenario s = selected();
        return s != null && editing.run("Set share", () -> edits.setShare(s.id(), row.item().kind(), row.item().id(),
                Share.parsePercent(text)));
    }

    /** "Share: "abc" is not a percentage", or empty when the text is a share from 0% to 100%. */
    public static Optional<String> shareProblem(String text) {
        try {
            Share.parsePercent(text);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of("Share: " + e.getMessage());
        }
    }

    private boolean add(ScenarioItem item) {
        Scenario s = selected();
        return s != null && editing.run("Add to scenario", () -> edits.addItem(s.id(), item));
    }

    private Scenario selected() {
        return view.selectedProperty().get();
    }

    private Set<Long> taken(ScenarioItem.Kind kind) {
        Scenario s = selected();
        if (s == null) {
            return Set.of();
        }
        return s.items().stream().filter(i -> i.kind() == kind).map(ScenarioItem::id).collect(Collectors.toSet());
    }
}
