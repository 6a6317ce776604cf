package org.parley.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.model.AmendmentText;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.Refused;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.store.NewIds;

/**
 * The gestures on scenarios: create, rename or retarget, duplicate, delete, and adding,
 * removing, re-weighting and reordering what a scenario adopts. Each is one {@link ChangeSet}
 * through the {@link Editor}, so one transaction and one undo; the texts describing items are
 * in {@link ScenarioTexts}.
 */
public final class ScenarioEdits {

    /** The usual "what ifs" of a negotiation: every proposal on the table at one share. */
    public static final List<String> USUAL_NAMES = List.of(
            "All proposals in full", "Half goes through", "A quarter goes through");
    private static final List<Share> USUAL_SHARES = List.of(
            Share.WHOLE, Share.ofBasisPoints(5_000), Share.ofBasisPoints(2_500));

    private final Editor editor;

    public ScenarioEdits(Editor editor) {
        this.editor = editor;
    }

    /**
     * What is wrong with a scenario's name and target, field by field; empty when they may be
     * stored. {@code scenarioId} is the scenario being edited, 0 for a new one (its own name is
     * not taken).
     */
    public List<Problem> check(long scenarioId, String name, long targetUsd) {
        List<Problem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(new Problem("Name", "a scenario needs a name"));
        } else if (named(n).filter(s -> s.id() != scenarioId).isPresent()) {
            problems.add(new Problem("Name", "\"" + n + "\" is already the name of another scenario"));
        }
        if (targetUsd < 0) {
            problems.add(new Problem("Target", "a target must not be negative"));
        }
        return problems;
    }

    /** Creates an empty scenario at the end of the list; {@code targetUsd} 0 for none. Returns its id. */
    public long create(String name, long targetUsd) throws EditException {
        refuse(check(0, name, targetUsd));
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.SCENARIO);
        Scenario s = new Scenario(id, name, targetUsd, List.of());
        editor.apply(editor.edit().create(Part.SCENARIOS, s).build("Add scenario",
                "Add scenario \"" + s.name() + "\"" + targetText(targetUsd)));
        return id;
    }

    /** Renames a scenario and sets its target (0 for none) in one gesture; nothing when neither changes. */
    public void edit(long scenarioId, String name, long targetUsd) throws EditException {
        Scenario s = scenario(scenarioId);
        refuse(check(scenarioId, name, targetUsd));
        Scenario edited = new Scenario(s.id(), name, targetUsd, s.items());
        if (edited.equals(s)) {
            return;
        }
        boolean renamed = !edited.name().equals(s.name());
        boolean retargeted = targetUsd != s.targetUsd();
        String label = renamed && retargeted ? "Edit scenario" : renamed ? "Rename scenario" : "Set scenario target";
        StringBuilder d = new StringBuilder();
        if (renamed) {
            d.append("Rename scenario \"").append(s.name()).append("\" to \"").append(edited.name()).append('"');
        }
        if (retargeted) {
            d.append(renamed ? "; " : "").append("Set the target of scenario \"").append(edited.name()).append("\" to ")
                    .append(targetUsd == 0 ? "none" : AmendmentText.dollars(targetUsd));
        }
        editor.apply(editor.edit().update(Part.SCENARIOS, edited).build(label, d.toString()));
    }

    public void rename(long scenarioId, String name) throws EditException {
        edit(scenarioId, name, scenario(scenarioId).targetUsd());
    }

    public void setTarget(long scenarioId, long targetUsd) throws EditException {
        edit(scenarioId, scenario(scenarioId).name(), targetUsd);
    }

    /** Copies a scenario with its items right after it, as "Name (copy)"; returns the copy's id. */
    public long duplicate(long scenarioId) throws EditException {
        Scenario s = scenario(scenarioId);
        String name = freeName(s.name() + " (copy)");
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.SCENARIO);
        Scenario copy = new Scenario(id, name, s.targetUsd(), s.items());
        int index = editor.data().scenarios().indexOf(s) + 1;
        editor.apply(editor.edit().createAt(Part.SCENARIOS, copy, index)
                .build("Duplicate scenario", "Duplicate scenario \"" + s.name() + "\" as \"" + name + "\""));
        return id;
    }

    /** Deletes a scenario (only the scenario: what it adopts stays on the table). */
    public void delete(long scenarioId) throws EditException {
        Scenario s = scenario(scenarioId);
        editor.apply(editor.edit().delete(Part.SCENARIOS, s).build("Delete scenario",
                "Delete scenario \"" + s.name() + "\" with " + s.items().size()
                        + (s.items().size() == 1 ? " item" : " items")));
    }

    /** Adds a proposal or a compromise at the end of a scenario. */
    public void addItem(long scenarioId, ScenarioItem item) throws EditException {
        addItem(scenarioId, item, Integer.MAX_VALUE);
    }

    /** Adds a proposal or a compromise at {@code index} of a scenario (clamped to the list). */
    public void addItem(long scenarioId, ScenarioItem item, int index) throws EditException {
        Scenario s = scenario(scenarioId);
        if (find(s, item.kind(), item.id()).isPresent()) {
            throw new Refused("Scenario \"" + s.name() + "\" already adopts "
                    + ScenarioTexts.item(editor.data(), item));
        }
        List<ScenarioItem> items = new ArrayList<>(s.items());
        items.add(Math.max(0, Math.min(index, items.size())), item);
        apply(s, items, "Add to scenario", "Add " + ScenarioTexts.item(editor.data(), item) + " at "
                + item.share() + " to scenario \"" + s.name() + "\"");
    }

    public void removeItem(long scenarioId, ScenarioItem.Kind kind, long id) throws EditException {
        Scenario s = scenario(scenarioId);
        ScenarioItem item = item(s, kind, id);
        List<ScenarioItem> items = new ArrayList<>(s.items());
        items.remove(item);
        apply(s, items, "Remove from scenario", "Remove " + ScenarioTexts.item(editor.data(), item)
                + " from scenario \"" + s.name() + "\"");
    }

    /** Sets how much of an item goes through; nothing when the share is already that. */
    public void setShare(long scenarioId, ScenarioItem.Kind kind, long id, Share share) throws EditException {
        Scenario s = scenario(scenarioId);
        ScenarioItem item = item(s, kind, id);
        if (item.share().equals(share)) {
            return;
        }
        List<ScenarioItem> items = new ArrayList<>(s.items());
        items.set(items.indexOf(item), new ScenarioItem(kind, id, share));
        apply(s, items, "Set share", "Set the share of " + ScenarioTexts.item(editor.data(), item)
                + " in scenario \"" + s.name() + "\" from " + item.share() + " to " + share);
    }

    /** Moves an item to {@code index} of the list as it is after taking it out; nothing when it stays. */
    public void moveItem(long scenarioId, ScenarioItem.Kind kind, long id, int index) throws EditException {
        Scenario s = scenario(scenarioId);
        ScenarioItem item = item(s, kind, id);
        List<ScenarioItem> items = new ArrayList<>(s.items());
        int from = items.indexOf(item);
        items.remove(from);
        int to = Math.max(0, Math.min(index, items.size()));
        if (to == from) {
            return;
        }
        items.add(to, item);
        apply(s, items, "Reorder scenario", "Move " + ScenarioTexts.item(editor.data(), item) + " to place "
                + (to + 1) + " in scenario \"" + s.name() + "\"");
    }

    /**
     * Adds the usual scenarios that are not there yet (by name), each adopting every proposal
     * that is not withdrawn, at 100%, 50% and 25%, without a target: one gesture.
     *
     * @return the ids of the scenarios created, in order; empty when all were there already
     */
    public List<Long> addUsualScenarios() throws EditException {
        NegotiationData data = editor.data();
        EditBuilder b = editor.edit();
        NewIds ids = editor.newIds();
        List<Long> created = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < USUAL_NAMES.size(); i++) {
            String name = USUAL_NAMES.get(i);
            if (named(name).isPresent()) {
                continue;
            }
            Share share = USUAL_SHARES.get(i);
            List<ScenarioItem> items = data.proposals().stream()
                    .filter(data::counts)
                    .map(p -> ScenarioItem.proposal(p.id(), share)).toList();
            long id = ProposalEdits.next(ids, NewIds.Kind.SCENARIO);
            b.create(Part.SCENARIOS, new Scenario(id, name, 0, items));
            created.add(id);
            names.add("\"" + name + "\"");
        }
        if (!created.isEmpty()) {
            editor.apply(b.build("Add the usual scenarios", "Add the usual scenarios " + String.join(", ", names)));
        }
        return created;
    }

    private void apply(Scenario s, List<ScenarioItem> items, String label, String description) throws EditException {
        editor.apply(editor.edit().update(Part.SCENARIOS, new Scenario(s.id(), s.name(), s.targetUsd(), items))
                .build(label, description));
    }

    private Scenario scenario(long id) {
        return editor.data().scenario(id).orElseThrow(() -> ProposalEdits.unknown("scenario", id));
    }

    private static Optional<ScenarioItem> find(Scenario s, ScenarioItem.Kind kind, long id) {
        return s.items().stream().filter(i -> i.kind() == kind && i.id() == id).findFirst();
    }

    private ScenarioItem item(Scenario s, ScenarioItem.Kind kind, long id) {
        return find(s, kind, id).orElseThrow(() -> new Refused("scenario \"" + s.name()
                + "\" adopts no " + kind.name().toLowerCase(Locale.ROOT) + " with id " + id));
    }

    private Optional<Scenario> named(String name) {
        String n = name.strip();
        return editor.data().scenarios().stream().filter(s -> s.name().equalsIgnoreCase(n)).findFirst();
    }

    /** "Name (copy)", or "Name (copy 2)" and so on when that is taken. */
    private String freeName(String base) {
        String name = base;
        for (int i = 2; named(name).isPresent(); i++) {
            name = base.substring(0, base.length() - 1) + " " + i + ")";
        }
        return name;
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
    }

    private static String targetText(long targetUsd) {
        return targetUsd == 0 ? "" : " with a target of " + AmendmentText.dollars(targetUsd);
    }
}
