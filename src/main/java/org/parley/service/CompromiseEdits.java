package org.parley.service;

import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.Baseline;
import org.parley.model.Compromise;
import org.parley.model.CompromiseAgreement;
import org.parley.model.CompromiseRules;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.Refused;
import org.parley.store.NewIds;

/**
 * The gestures on compromises: add, edit, delete, and moving one along (floated, under
 * consideration, agreed ad ref, rejected). Agreeing one moves its mission's figures and status
 * in the same gesture ({@link CompromiseAgreement}); so does anything that ends an agreement
 * (another status, an edit of an agreed compromise's value, a delete), in reverse.
 *
 * <p>At most one compromise per amendment is agreed: agreeing one sends any other agreed
 * compromise of the same amendment back to {@link CompromiseStatus#UNDER_CONSIDERATION}, its
 * figures given back first, since the room has moved to the new outcome but the old one is
 * still on the table.
 */
public final class CompromiseEdits {

    private final Editor editor;

    public CompromiseEdits(Editor editor) {
        this.editor = editor;
    }

    /** Records a compromise on an amendment; returns its id. */
    public long add(long amendmentId, String description, long value, String floatedBy, Instant floatedAt,
                    CompromiseStatus status) throws EditException {
        check(amendmentId, description, value, floatedAt);
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.COMPROMISE);
        Compromise c = new Compromise(id, amendmentId, description, value, floatedBy, floatedAt, status);
        EditBuilder b = editor.edit();
        b.create(Part.COMPROMISES, c);
        agree(b, c);
        editor.apply(b.build("Add compromise", "Add compromise \"" + c.description() + "\" ("
                + valueText(c) + ") on " + amendmentText(c) + agreedText(b, c)));
        return id;
    }

    /** Replaces a compromise's fields; an agreed one moves its mission by the difference. */
    public void update(Compromise edited) throws EditException {
        Compromise now = compromise(edited.id());
        if (now.equals(edited)) {
            return;
        }
        check(edited.amendmentId(), edited.description(), edited.value(), edited.floatedAt());
        EditBuilder b = editor.edit();
        replace(b, now, edited);
        editor.apply(b.build("Edit compromise", "Edit compromise \"" + edited.description() + "\" ("
                + valueText(edited) + ") on " + amendmentText(edited) + agreedText(b, edited)));
    }

    /** Moves a compromise to another status; see the class comment for what agreeing does. */
    public void setStatus(long id, CompromiseStatus status) throws EditException {
        Compromise now = compromise(id);
        if (now.status() == status) {
            return;
        }
        Compromise next = new Compromise(id, now.amendmentId(), now.description(), now.value(), now.floatedBy(),
                now.floatedAt(), status);
        EditBuilder b = editor.edit();
        replace(b, now, next);
        String label = status == CompromiseStatus.AGREED_AD_REF ? "Mark compromise agreed ad ref"
                : "Mark compromise " + status.label();
        editor.apply(b.build(label, "Compromise \"" + now.description() + "\" on " + amendmentText(now) + ": "
                + now.status().label() + " → " + status.label() + agreedText(b, next)));
    }

    /** Deletes a compromise; its scenarios drop it, and an agreement on it is taken back. */
    public void delete(long id) throws EditException {
        Compromise now = compromise(id);
        EditBuilder b = editor.edit();
        Dependants.ofCompromise(b, id);
        withdraw(b, now);
        b.delete(Part.COMPROMISES, now);
        editor.apply(b.build("Delete compromise", "Delete compromise \"" + now.description() + "\" on "
                + amendmentText(now)));
    }

    /**
     * The steps of {@code edit}, a change to some amendments or to what they cost (a post row's
     * cost), with any agreement standing on those amendments taken back before and made again
     * after: what an agreement took follows the amendment as it now is, so taking it back later
     * gives back exactly what it took, where it took it.
     */
    static void keepingAgreements(EditBuilder b, LongPredicate amendmentIds, Runnable edit) {
        List<Compromise> agreed = b.list(Part.COMPROMISES).stream()
                .filter(c -> amendmentIds.test(c.amendmentId()) && c.status() == CompromiseStatus.AGREED_AD_REF)
                .toList();
        agreed.forEach(c -> withdraw(b, c));
        edit.run();
        agreed.forEach(c -> CompromiseAgreement.agreed(b.current(), c).ifPresent(m -> b.update(Part.MISSIONS, m)));
    }

    /** The steps that turn {@code before} into {@code after} (same id), with their figures. */
    private static void replace(EditBuilder b, Compromise before, Compromise after) {
        withdraw(b, before);
        b.update(Part.COMPROMISES, after);
        agree(b, after);
    }

    /** For an agreed compromise: reopens the other agreed one of its amendment, then moves the mission. */
    private static void agree(EditBuilder b, Compromise c) {
        if (c.status() != CompromiseStatus.AGREED_AD_REF) {
            return;
        }
        for (Compromise other : b.list(Part.COMPROMISES)) {
            if (other.id() != c.id() && other.amendmentId() == c.amendmentId()
                    && other.status() == CompromiseStatus.AGREED_AD_REF) {
                withdraw(b, other);
                b.update(Part.COMPROMISES, withStatus(other, CompromiseStatus.UNDER_CONSIDERATION));
            }
        }
        CompromiseAgreement.agreed(b.current(), c).ifPresent(m -> b.update(Part.MISSIONS, m));
    }

    /** Gives back what an agreed compromise took from its mission; nothing for any other. */
    private static void withdraw(EditBuilder b, Compromise c) {
        if (c.status() == CompromiseStatus.AGREED_AD_REF) {
            CompromiseAgreement.withdrawn(b.current(), c).ifPresent(m -> b.update(Part.MISSIONS, m));
        }
    }

    /** Refuses what the form would refuse, so that nothing invalid is stored whoever calls. */
    private void check(long amendmentId, String description, long value, Instant floatedAt) {
        NegotiationData d = editor.data();
        Amendment a = d.amendment(amendmentId).orElseThrow(() -> ProposalEdits.unknown("amendment", amendmentId));
        List<Problem> problems = CompromiseRules.check(d.negotiation(), a, description, value, floatedAt);
        if (!problems.isEmpty()) {
            throw new Refused(String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
    }

    /** ": MONUSCO current $1,085,000,000, ad ref" when the gesture agrees {@code c}. */
    private static String agreedText(EditBuilder b, Compromise c) {
        if (c.status() != CompromiseStatus.AGREED_AD_REF) {
            return "";
        }
        NegotiationData d = b.current();
        return d.amendment(c.amendmentId()).filter(a -> !a.target().isWholeBudget())
                .flatMap(a -> d.mission(a.target().missionId()))
                .map(m -> "; " + m.code() + " " + currentText(m) + ", " + m.status().label()).orElse("");
    }

    private static String currentText(Mission m) {
        return m.baselines().get(Baseline.CURRENT)
                .map(f -> "current " + AmendmentText.dollars(f.usd())).orElse("no figure");
    }

    private Compromise compromise(long id) {
        return editor.data().compromise(id).orElseThrow(() -> ProposalEdits.unknown("compromise", id));
    }

    private String amendmentText(Compromise c) {
        return editor.data().describe(Item.amendment(c.amendmentId()));
    }

    private String valueText(Compromise c) {
        return editor.data().amendment(c.amendmentId()).map(a -> AmendmentText.value(a.kind(), c.value())).orElse("?");
    }

    private static Compromise withStatus(Compromise c, CompromiseStatus status) {
        return new Compromise(c.id(), c.amendmentId(), c.description(), c.value(), c.floatedBy(), c.floatedAt(), status);
    }
}
