package org.parley.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.BudgetRules;
import org.parley.model.Mission;
import org.parley.model.Post;
import org.parley.model.Target;
import org.parley.store.NewIds;

/**
 * The gestures on the budgets themselves, for when the ACABQ report or a Rev.1 comes out: edit
 * a mission's fields and baselines; add, edit and delete its budget lines and post rows. Each is
 * one {@link ChangeSet} through the {@link Editor}: one transaction, one undo.
 *
 * <p>Values breaking a {@link BudgetRules} rule are refused with an
 * {@link org.parley.model.Refused} naming field and rule; nothing is written. Deleting a line or
 * a post row also deletes the amendments aiming at it, with their positions and compromises
 * ({@link Dependants#ofTargets}); {@link #whatGoesWithLine} says what that is, for asking first.
 */
public final class BudgetEdits {

    private final Editor editor;

    public BudgetEdits(Editor editor) {
        this.editor = editor;
    }

    /** Replaces a mission's own fields and baselines; its lines stay as they are. */
    public void updateMission(Mission edited) throws EditException {
        Mission now = mission(edited.id());
        Mission m = new Mission(now.id(), edited.code(), edited.name(), edited.location(), edited.coordinator(),
                edited.status(), edited.baselines(), now.lines(), edited.notes());
        EditTexts.refuseIf(BudgetRules.mission(m.id(), m.code(), m.name(), amounts(m.baselines()), editor.data()));
        if (m.equals(now)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "code " + m.code(), now.code(), m.code());
        EditTexts.field(parts, "name", now.name(), m.name());
        EditTexts.field(parts, "location", now.location(), m.location());
        EditTexts.field(parts, "coordinator", now.coordinator(), m.coordinator());
        EditTexts.field(parts, "status " + now.status().label() + " → " + m.status().label(), now.status(), m.status());
        EditTexts.field(parts, "notes", now.notes(), m.notes());
        EditTexts.baselines(parts, now.baselines(), m.baselines());
        editor.apply(editor.edit().update(Part.MISSIONS, m)
                .build("Edit mission", EditTexts.joined("Edit mission " + now.code(), parts)));
    }

    /** Adds a budget at the end of the list, without lines; {@code draft}'s id is replaced. Returns the new id. */
    public long addMission(Mission draft) throws EditException {
        EditTexts.refuseIf(BudgetRules.mission(0, draft.code(), draft.name(), amounts(draft.baselines()),
                editor.data()));
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.MISSION);
        Mission m = new Mission(id, draft.code(), draft.name(), draft.location(), draft.coordinator(), draft.status(),
                draft.baselines(), List.of(), draft.notes());
        editor.apply(editor.edit().create(Part.MISSIONS, m)
                .build("Add mission", "Add mission " + m.code() + " (" + m.name() + ")"));
        return id;
    }

    /** Deletes a mission with its lines and posts and everything that aims at it (see {@link Dependants#ofMission}). */
    public void deleteMission(long missionId) throws EditException {
        Mission m = mission(missionId);
        String with = Dependants.describeForMission(editor.data(), missionId);
        EditBuilder b = editor.edit();
        Dependants.ofMission(b, missionId);
        b.delete(Part.MISSIONS, m);
        String head = "Delete mission " + m.code();
        editor.apply(b.build("Delete mission", with.isEmpty() ? head : head + " with " + with));
    }

    /** What deleting the mission takes with it besides its lines and posts; empty when nothing. */
    public String whatGoesWithMission(long missionId) {
        return Dependants.describeForMission(editor.data(), missionId);
    }

    /** Adds a line at the end of a mission; its id (and its posts' ids) are new. Returns the line's id. */
    public long addLine(long missionId, BudgetLine draft) throws EditException {
        Mission m = mission(missionId);
        EditTexts.refuseIf(BudgetRules.line(missionId, 0, draft.name(), amounts(draft.baselines()), editor.data()));
        NewIds ids = editor.newIds();
        long id = ProposalEdits.next(ids, NewIds.Kind.LINE);
        List<Post> posts = new ArrayList<>();
        for (Post p : draft.posts()) {
            posts.add(withId(p, ProposalEdits.next(ids, NewIds.Kind.POST)));
        }
        BudgetLine line = new BudgetLine(id, draft.name(), draft.category(), draft.baselines(), posts);
        List<BudgetLine> lines = new ArrayList<>(m.lines());
        lines.add(line);
        editor.apply(editor.edit().update(Part.MISSIONS, withLines(m, lines))
                .build("Add line", "Add line \"" + line.name() + "\" to " + m.code()));
        return id;
    }

    /** Replaces a line's name, category and baselines; its posts stay as they are. */
    public void updateLine(BudgetLine edited) throws EditException {
        Mission m = missionOfLine(edited.id());
        BudgetLine now = line(m, edited.id());
        BudgetLine l = new BudgetLine(now.id(), edited.name(), edited.category(), edited.baselines(), now.posts());
        EditTexts.refuseIf(BudgetRules.line(m.id(), l.id(), l.name(), amounts(l.baselines()), editor.data()));
        if (l.equals(now)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "name \"" + l.name() + "\"", now.name(), l.name());
        EditTexts.field(parts, "category " + l.category().label(), now.category(), l.category());
        EditTexts.baselines(parts, now.baselines(), l.baselines());
        editor.apply(editor.edit().update(Part.MISSIONS, replaceLine(m, l)).build("Edit line",
                EditTexts.joined("Edit line " + m.code() + " / " + now.name(), parts)));
    }

    /** Deletes a line with its posts and the amendments aiming at either. */
    public void deleteLine(long lineId) throws EditException {
        Mission m = missionOfLine(lineId);
        BudgetLine l = line(m, lineId);
        List<BudgetLine> lines = new ArrayList<>(m.lines());
        lines.remove(l);
        deleteWith(m, lines, onLine(lineId), "Delete line", "Delete line " + m.code() + " / " + l.name());
    }

    /** "2 amendments, 1 position": what deleting the line takes with it besides its posts; empty when nothing. */
    public String whatGoesWithLine(long lineId) {
        return Dependants.describeForTargets(editor.data(), onLine(lineId));
    }

    /** Adds a post row at the end of a line; returns its id. */
    public long addPost(long lineId, Post draft) throws EditException {
        Mission m = missionOfLine(lineId);
        BudgetLine l = line(m, lineId);
        checkPost(draft);
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.POST);
        Post p = withId(draft, id);
        List<Post> posts = new ArrayList<>(l.posts());
        posts.add(p);
        editor.apply(editor.edit().update(Part.MISSIONS, replaceLine(m, withPosts(l, posts))).build("Add post",
                "Add post " + p.count() + " × " + p.displayTitle() + " to " + m.code() + " / " + l.name()));
        return id;
    }

    /** Replaces a post row's fields; an agreement abolishing posts of it is measured again at its new cost. */
    public void updatePost(long lineId, Post edited) throws EditException {
        Mission m = missionOfLine(lineId);
        BudgetLine l = line(m, lineId);
        List<Post> posts = new ArrayList<>(l.posts());
        int i = indexOf(posts, edited.id());
        Post now = posts.set(i, edited);
        checkPost(edited);
        if (now.equals(edited)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "title", now.title(), edited.title());
        EditTexts.field(parts, "grade " + edited.grade().label(), now.grade(), edited.grade());
        EditTexts.field(parts, "count " + now.count() + " → " + edited.count(), now.count(), edited.count());
        EditTexts.field(parts, edited.status().label(), now.status(), edited.status());
        EditTexts.figure(parts, "annual cost", Optional.of(now.annualCost()),
                Optional.of(edited.annualCost()));
        EditTexts.field(parts, "count source", now.countProvenance(), edited.countProvenance());
        EditBuilder b = editor.edit();
        Predicate<Target> onIt = onPost(edited.id());
        CompromiseEdits.keepingAgreements(b, id -> onIt.test(b.base().amendment(id).orElseThrow().target()), () -> {
            // the mission as taking back the agreements left it: its figures moved, its posts did not
            Mission taken = b.list(Part.MISSIONS).stream().filter(x -> x.id() == m.id()).findFirst().orElseThrow();
            b.update(Part.MISSIONS, replaceLine(taken, withPosts(line(taken, lineId), posts)));
        });
        editor.apply(b.build("Edit post",
                EditTexts.joined("Edit post " + m.code() + " / " + l.name() + " / " + now.displayTitle(), parts)));
    }

    /** Deletes a post row and the amendments aiming at it. */
    public void deletePost(long lineId, long postId) throws EditException {
        Mission m = missionOfLine(lineId);
        BudgetLine l = line(m, lineId);
        List<Post> posts = new ArrayList<>(l.posts());
        Post p = posts.remove(indexOf(posts, postId));
        List<BudgetLine> lines = new ArrayList<>(m.lines());
        lines.set(lines.indexOf(l), withPosts(l, posts));
        deleteWith(m, lines, onPost(postId), "Delete post",
                "Delete post " + m.code() + " / " + l.name() + " / " + p.count() + " × " + p.displayTitle());
    }

    /** What deleting the post row takes with it; empty when nothing. */
    public String whatGoesWithPost(long postId) {
        return Dependants.describeForTargets(editor.data(), onPost(postId));
    }

    private void deleteWith(Mission m, List<BudgetLine> lines, Predicate<Target> hit, String label, String head)
            throws EditException {
        String with = Dependants.describeForTargets(editor.data(), hit);
        EditBuilder b = editor.edit();
        Dependants.ofTargets(b, hit);
        b.update(Part.MISSIONS, withLines(m, lines));
        editor.apply(b.build(label, with.isEmpty() ? head : head + " with " + with));
    }

    private static Predicate<Target> onLine(long lineId) {
        return t -> t.lineId() != null && t.lineId() == lineId;
    }

    private static Predicate<Target> onPost(long postId) {
        return t -> t.postId() != null && t.postId() == postId;
    }

    private static void checkPost(Post p) {
        EditTexts.refuseIf(BudgetRules.post(p.title(), p.count(), p.annualCost().usd()));
    }

    private Mission mission(long id) {
        return editor.data().mission(id).orElseThrow(() -> ProposalEdits.unknown("mission", id));
    }

    private Mission missionOfLine(long lineId) {
        return editor.data().missionOfLine(lineId).orElseThrow(() -> ProposalEdits.unknown("line", lineId));
    }

    private static BudgetLine line(Mission m, long lineId) {
        return m.lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> ProposalEdits.unknown("line", lineId));
    }

    private static int indexOf(List<Post> posts, long postId) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).id() == postId) {
                return i;
            }
        }
        throw ProposalEdits.unknown("post", postId);
    }

    static Map<Baseline, Long> amounts(Baselines baselines) {
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        baselines.asMap().forEach((b, f) -> amounts.put(b, f.usd()));
        return amounts;
    }

    private static Mission replaceLine(Mission m, BudgetLine l) {
        List<BudgetLine> lines = new ArrayList<>(m.lines());
        lines.replaceAll(x -> x.id() == l.id() ? l : x);
        return withLines(m, lines);
    }

    private static Mission withLines(Mission m, List<BudgetLine> lines) {
        return new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(), m.baselines(),
                lines, m.notes());
    }

    private static BudgetLine withPosts(BudgetLine l, List<Post> posts) {
        return new BudgetLine(l.id(), l.name(), l.category(), l.baselines(), posts);
    }

    private static Post withId(Post p, long id) {
        return new Post(id, p.title(), p.grade(), p.count(), p.status(), p.annualCost(), p.countProvenance());
    }
}
