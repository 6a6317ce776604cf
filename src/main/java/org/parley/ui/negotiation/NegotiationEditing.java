package org.parley.ui.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.DelegationRules;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Problem;
import org.parley.model.TimelineEvent;
import org.parley.service.BudgetEdits;
import org.parley.service.DelegationEdits;
import org.parley.service.EditException;
import org.parley.service.NegotiationEdits;
import org.parley.service.TalkingPointEdits;
import org.parley.service.TimelineEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.Dialogs;

/**
 * The edits of the negotiation's own facts as the desk offers them: its details, missions, lines,
 * posts, delegations and events. Every gesture runs through {@link DeskEditing} (a refusal or a failed
 * save is reported, nothing changes); deletes ask first and say what goes with the thing.
 * Free of the scene graph, so it is tested with a fake {@link Dialogs}.
 */
public final class NegotiationEditing {

    /** A gesture that creates something and returns its id. */
    @FunctionalInterface
    private interface Creation {
        long run() throws EditException;
    }

    private final DeskEditing editing;
    private final BudgetEdits budget;
    private final DelegationEdits delegations;
    private final TimelineEdits timeline;
    private final TalkingPointEdits talkingPoints;
    private final NegotiationEdits details;

    public NegotiationEditing(DeskEditing editing) {
        this.editing = editing;
        this.budget = new BudgetEdits(editing.editor());
        this.delegations = new DelegationEdits(editing.editor());
        this.timeline = new TimelineEdits(editing.editor());
        this.talkingPoints = new TalkingPointEdits(editing.editor());
        this.details = new NegotiationEdits(editing.editor());
    }

    /** The negotiation as it stands now. */
    public NegotiationData data() {
        return editing.editor().data();
    }

    /** Title, body and classification marking, as one gesture. */
    public boolean updateDetails(String title, String body, String marking) {
        return editing.run(NegotiationEdits.EDIT_DETAILS, () -> details.updateDetails(title, body, marking));
    }

    public boolean updateMission(Mission edited) {
        return editing.run("Edit mission", () -> budget.updateMission(edited));
    }

    public OptionalLong addMission(Mission draft) {
        return create("Add mission", () -> budget.addMission(draft));
    }

    /** Asks first, naming what goes with the mission: its lines and posts and what aims at them. */
    /** Saves our talking points on a mission: one gesture, a new version in their history. */
    public boolean saveTalkingPoints(long missionId, String text) {
        return editing.run("Save talking points", () -> talkingPoints.save(missionId, text));
    }

    public boolean deleteMission(Mission mission) {
        String lines = mission.lines().isEmpty() ? ""
                : "Its " + count(mission.lines().size(), "budget line") + " and their posts go with it. ";
        String with = budget.whatGoesWithMission(mission.id());
        String detail = lines + (with.isEmpty() ? "Nothing else refers to it." : "So does: " + with + ".")
                + "\n\nYou can undo this.";
        return confirm("Delete mission", "Delete " + mission.code() + " (" + mission.name() + ")?", detail)
                && editing.run("Delete mission", () -> budget.deleteMission(mission.id()));
    }

    public OptionalLong addLine(long missionId, BudgetLine draft) {
        return create("Add line", () -> budget.addLine(missionId, draft));
    }

    public boolean updateLine(BudgetLine edited) {
        return editing.run("Edit line", () -> budget.updateLine(edited));
    }

    /** Asks first, naming the posts and the amendments (with their positions) that go with the line. */
    public boolean deleteLine(Mission mission, BudgetLine line) {
        String posts = line.posts().isEmpty() ? "" : "Its " + count(line.posts().size(), "post row") + " go with it. ";
        String with = budget.whatGoesWithLine(line.id());
        String detail = posts + (with.isEmpty() ? "No amendment aims at it." : "So do what aims at it: " + with + ".")
                + "\n\nYou can undo this.";
        return confirm("Delete line", "Delete the line " + mission.code() + " / " + line.name() + "?", detail)
                && editing.run("Delete line", () -> budget.deleteLine(line.id()));
    }

    public OptionalLong addPost(long lineId, Post draft) {
        return create("Add post", () -> budget.addPost(lineId, draft));
    }

    public boolean updatePost(long lineId, Post edited) {
        return editing.run("Edit post", () -> budget.updatePost(lineId, edited));
    }

    public boolean deletePost(long lineId, Post post) {
        String with = budget.whatGoesWithPost(post.id());
        String detail = (with.isEmpty() ? "No amendment aims at it." : "What aims at it goes with it: " + with + ".")
                + "\n\nYou can undo this.";
        return confirm("Delete post", "Delete the post row " + post.count() + " × " + post.displayTitle() + "?", detail)
                && editing.run("Delete post", () -> budget.deletePost(lineId, post.id()));
    }

    public OptionalLong addDelegation(Delegation draft) {
        return create("Add delegation", () -> delegations.addDelegation(draft));
    }

    public boolean updateDelegation(Delegation edited) {
        return editing.run("Edit delegation", () -> delegations.updateDelegation(edited));
    }

    /** Says why not when it tabled proposals; else asks first, naming its positions and groups. */
    public boolean deleteDelegation(Delegation d) {
        List<Problem> refusal = DelegationRules.deletion(d.id(), data());
        if (!refusal.isEmpty()) {
            editing.dialogs().error("Delete delegation: not possible", refusal.get(0).message() + ".");
            return false;
        }
        String with = delegations.whatGoesWith(d.id());
        String detail = (with.isEmpty() ? "Nothing else goes with it." : "With it: " + with + ".")
                + "\n\nYou can undo this.";
        return confirm("Delete delegation", "Delete " + d.code() + " (" + d.name() + ")?", detail)
                && editing.run("Delete delegation", () -> delegations.deleteDelegation(d.id()));
    }

    public OptionalLong addEvent(TimelineEvent draft) {
        return create("Add event", () -> timeline.addEvent(draft));
    }

    public boolean updateEvent(TimelineEvent edited) {
        return editing.run("Edit event", () -> timeline.updateEvent(edited));
    }

    public boolean deleteEvent(TimelineEvent e) {
        return confirm("Delete event", "Delete the event \"" + e.title() + "\"?", "You can undo this.")
                && editing.run("Delete event", () -> timeline.deleteEvent(e.id()));
    }

    public boolean reschedule(TimelineEvent e, Instant to) {
        return editing.run("Reschedule event", () -> timeline.reschedule(e.id(), to));
    }

    private boolean confirm(String title, String question, String detail) {
        return editing.dialogs().confirm(title, question, detail);
    }

    private OptionalLong create(String what, Creation creation) {
        long[] id = new long[1];
        return editing.run(what, () -> id[0] = creation.run()) ? OptionalLong.of(id[0]) : OptionalLong.empty();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
