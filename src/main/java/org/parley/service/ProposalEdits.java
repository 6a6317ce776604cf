package org.parley.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Amendment;
import org.parley.model.AmendmentRules;
import org.parley.model.AmendmentText;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.EventTiming;
import org.parley.model.Item;
import org.parley.model.ListIndex;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Problem;
import org.parley.model.Proposal;
import org.parley.model.ProposalRules;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Refused;
import org.parley.model.Revisions;
import org.parley.store.NewIds;
import org.parley.store.StoreException;

/**
 * The gestures on proposals and amendments: create, edit, duplicate, revise, delete, and moving or
 * copying amendments between proposals. Each is one {@link ChangeSet} applied through the
 * {@link Editor}, so each is one transaction and one undo. What the rules refuse
 * ({@link ProposalRules}, {@link AmendmentRules}) is refused here too, with the problems named,
 * whatever the caller checked before.
 */
public final class ProposalEdits {

    private final Editor editor;

    public ProposalEdits(Editor editor) {
        this.editor = editor;
    }

    /** Tables a new, empty proposal for a delegation, its tabling time as recorded; returns its id. */
    public long addProposal(long delegationId, String title, Instant tabledAt, ProposalStatus status,
                            Provenance provenance) throws EditException {
        return addProposal(delegationId, title, tabledAt, status, provenance, EventTiming.STATED);
    }

    /** Tables a new, empty proposal for a delegation, saying how much of its tabling time is stated; returns its id. */
    public long addProposal(long delegationId, String title, Instant tabledAt, ProposalStatus status,
                            Provenance provenance, EventTiming timing) throws EditException {
        refuse(ProposalRules.check(editor.data(), delegationId, title, tabledAt));
        long id = newId(NewIds.Kind.PROPOSAL);
        Proposal p = new Proposal(id, delegationId, title, tabledAt, status, provenance, List.of(), null, timing);
        editor.apply(editor.edit().create(Part.PROPOSALS, p)
                .build("Add proposal", "Add proposal \"" + title + "\" by " + code(delegationId)));
        return id;
    }

    /** Replaces a proposal's own fields (not its amendments). */
    public void updateProposal(Proposal edited) throws EditException {
        Proposal now = proposal(edited.id());
        refuse(ProposalRules.check(editor.data(), edited));
        Proposal p = new Proposal(now.id(), edited.delegationId(), edited.title(), edited.tabledAt(), edited.status(),
                edited.provenance(), now.amendments(), now.revisesId(), edited.timing());
        editor.apply(editor.edit().update(Part.PROPOSALS, p).build("Edit proposal", "Edit proposal \"" + p.title() + "\""));
    }

    /** Copies a proposal with all its amendments, right after it; returns the copy's id. */
    public long duplicateProposal(long proposalId) throws EditException {
        Proposal p = proposal(proposalId);
        NewIds ids = editor.newIds();
        long id = next(ids, NewIds.Kind.PROPOSAL);
        List<Amendment> copies = new ArrayList<>();
        for (Amendment a : p.amendments()) {
            copies.add(ownCopy(a, next(ids, NewIds.Kind.AMENDMENT)));
        }
        Proposal copy = new Proposal(id, p.delegationId(), p.title() + " (copy)", p.tabledAt(), p.status(),
                Provenance.illustrative("Own copy of \"" + p.title() + "\""), copies, null, p.timing());
        int index = editor.data().proposals().indexOf(p) + 1;
        editor.apply(editor.edit().createAt(Part.PROPOSALS, copy, index)
                .build("Duplicate proposal", "Duplicate proposal \"" + p.title() + "\""));
        return id;
    }

    /**
     * Makes the next revision of a proposal (decision 0023): a new proposal of the same
     * delegation, right after it, titled "… (Rev.1)" (or the next number), tabled at
     * {@code tabledAt} (the desk's now), status {@link ProposalStatus#REVISED}, not yet sourced,
     * with a copy of each amendment (new ids; target, kind, value, rationale and source kept).
     * The proposal revised is superseded from then on and no longer counts; its positions, our
     * lines and compromises stay on its amendments, and the stances, our lines and open
     * compromises are carried over to the copies too (decision 0027, {@link #carryOver}). One
     * gesture: undo removes the revision and all it carried, and the original counts again
     * exactly as before. Returns the revision's id.
     */
    public long reviseProposal(long proposalId, Instant tabledAt) throws EditException {
        NegotiationData data = editor.data();
        Proposal p = proposal(proposalId);
        data.revisionOf(proposalId).ifPresent(r -> {
            throw new Refused(name(p) + " was already revised by \"" + r.title() + "\": revise that one instead");
        });
        if (tabledAt.isBefore(p.tabledAt())) {
            throw new Refused("a revision is tabled after what it revises: " + name(p) + " was tabled "
                    + ProposalRules.tabledText(p.tabledAt(), data.negotiation().zone()) + ", the desk's time is "
                    + ProposalRules.tabledText(tabledAt, data.negotiation().zone()));
        }
        String title = Revisions.nextTitle(data, p);
        refuse(ProposalRules.check(data, p.delegationId(), title, tabledAt));
        NewIds ids = editor.newIds();
        long id = next(ids, NewIds.Kind.PROPOSAL);
        List<Amendment> copies = new ArrayList<>();
        for (Amendment a : p.amendments()) {
            copies.add(withId(a, next(ids, NewIds.Kind.AMENDMENT)));
        }
        Proposal revision = new Proposal(id, p.delegationId(), title, tabledAt, ProposalStatus.REVISED,
                Provenance.UNSOURCED, copies, p.id());
        int index = data.proposals().indexOf(p) + 1;
        EditBuilder b = editor.edit().createAt(Part.PROPOSALS, revision, index);
        Map<Long, Long> copyOf = new HashMap<>();
        for (int i = 0; i < copies.size(); i++) {
            copyOf.put(p.amendments().get(i).id(), copies.get(i).id());
        }
        String carried = carryOver(b, data, copyOf, ids);
        editor.apply(b.build("Revise proposal",
                "Revise proposal " + name(p) + ": \"" + title + "\" with " + copies.size()
                        + (copies.size() == 1 ? " amendment" : " amendments") + " supersedes it" + carried));
        return id;
    }

    /**
     * What a revision keeps of its original (decision 0027), put into the revising gesture: each
     * stance and our line on an original amendment is set on its copy as it is (a copy is
     * identical when it is made: the redline is empty), and each compromise still open on one
     * (floated or under consideration) is floated again on the copy, with a new id, as it is.
     * Agreed and rejected compromises stay with the original only: an agreement already moved
     * the figures once, and a rejection was of the old text. Nothing on the original changes,
     * so scenarios that name it or its compromises count as before. Returns the words the
     * history adds: "; 14 stances, 2 of our lines and 1 open compromise carried over", or "".
     */
    private static String carryOver(EditBuilder b, NegotiationData data, Map<Long, Long> copyOf, NewIds ids)
            throws EditException {
        int stances = 0;
        int lines = 0;
        int compromises = 0;
        for (Position pos : data.positions()) {
            Long to = copied(pos.item(), copyOf);
            if (to != null) {
                b.create(Part.POSITIONS, new Position(pos.delegationId(), Item.amendment(to), pos.stance(), pos.note()));
                stances++;
            }
        }
        for (OurLine l : data.ourLines()) {
            Long to = copied(l.item(), copyOf);
            if (to != null) {
                b.create(Part.OUR_LINES, new OurLine(Item.amendment(to), l.line(), l.fallback()));
                lines++;
            }
        }
        for (Compromise c : data.compromises()) {
            Long to = copyOf.get(c.amendmentId());
            if (to != null && (c.status() == CompromiseStatus.FLOATED || c.status() == CompromiseStatus.UNDER_CONSIDERATION)) {
                b.create(Part.COMPROMISES, new Compromise(next(ids, NewIds.Kind.COMPROMISE), to, c.description(),
                        c.value(), c.floatedBy(), c.floatedAt(), c.status()));
                compromises++;
            }
        }
        List<String> said = new ArrayList<>();
        if (stances > 0) {
            said.add(stances + (stances == 1 ? " stance" : " stances"));
        }
        if (lines > 0) {
            said.add(lines == 1 ? "our line" : lines + " of our lines");
        }
        if (compromises > 0) {
            said.add(compromises + (compromises == 1 ? " open compromise" : " open compromises"));
        }
        if (said.isEmpty()) {
            return "";
        }
        String list = said.size() == 1 ? said.get(0)
                : String.join(", ", said.subList(0, said.size() - 1)) + " and " + said.get(said.size() - 1);
        return "; " + list + " carried over";
    }

    private static Long copied(Item item, Map<Long, Long> copyOf) {
        return item.kind() == Item.Kind.AMENDMENT ? copyOf.get(item.id()) : null;
    }

    /** Deletes a proposal with its amendments and everything that hangs on them. */
    public void deleteProposal(long proposalId) throws EditException {
        Proposal p = proposal(proposalId);
        EditBuilder b = editor.edit();
        Dependants.ofProposal(b, p);
        b.delete(Part.PROPOSALS, p);
        editor.apply(b.build("Delete proposal", "Delete proposal \"" + p.title() + "\" by " + code(p.delegationId())
                + " with " + Dependants.describeForProposal(editor.data(), p)));
    }

    /** Adds an amendment at the end of a proposal; {@code draft}'s id is replaced. Returns the new id. */
    public long addAmendment(long proposalId, Amendment draft) throws EditException {
        return addAmendment(proposalId, draft, Integer.MAX_VALUE);
    }

    /**
     * Adds an amendment at {@code index} of a proposal (past the end: at the end); {@code draft}'s
     * id is replaced. Returns the new id.
     */
    public long addAmendment(long proposalId, Amendment draft, int index) throws EditException {
        Proposal p = proposal(proposalId);
        refuse(AmendmentRules.check(editor.data(), draft));
        long id = newId(NewIds.Kind.AMENDMENT);
        Amendment a = withId(draft, id);
        List<Amendment> list = new ArrayList<>(p.amendments());
        list.add(Math.max(0, Math.min(index, list.size())), a);
        editor.apply(editor.edit().update(Part.PROPOSALS, withAmendments(p, list))
                .build("Add amendment", "Add amendment " + describe(a) + " to " + name(p)));
        return id;
    }

    /** Replaces an amendment's target, kind, value, rationale and source, in its place; an agreement on it follows it. */
    public void updateAmendment(Amendment edited) throws EditException {
        Proposal p = owner(edited.id());
        refuse(AmendmentRules.check(editor.data(), edited));
        List<Amendment> list = new ArrayList<>(p.amendments());
        Amendment before = list.set(indexOf(list, edited.id()), edited);
        EditBuilder b = editor.edit();
        CompromiseEdits.keepingAgreements(b, id -> id == edited.id(), () -> b.update(Part.PROPOSALS, withAmendments(p, list)));
        editor.apply(b.build("Edit amendment",
                "Edit amendment " + describe(before) + " of " + name(p) + " to " + AmendmentText.value(edited)));
    }

    /** Deletes an amendment with its positions and compromises. */
    public void deleteAmendment(long amendmentId) throws EditException {
        Proposal p = owner(amendmentId);
        List<Amendment> list = new ArrayList<>(p.amendments());
        Amendment a = list.remove(indexOf(list, amendmentId));
        EditBuilder b = editor.edit();
        Dependants.ofItem(b, Item.amendment(amendmentId));
        b.update(Part.PROPOSALS, withAmendments(p, list));
        editor.apply(b.build("Delete amendment", "Delete amendment " + describe(a) + " of " + name(p)));
    }

    /**
     * Moves an amendment to {@code index} of a proposal: a reorder when it is its own proposal,
     * a move otherwise. Positions and compromises on it go with it. For a reorder, {@code index}
     * is the gap in the list as it stands ({@link ListIndex}); putting it back where it is
     * changes nothing and records nothing.
     */
    public void moveAmendment(long amendmentId, long toProposalId, int index) throws EditException {
        Proposal from = owner(amendmentId);
        List<Amendment> source = new ArrayList<>(from.amendments());
        int at = indexOf(source, amendmentId);
        Amendment a = source.remove(at);
        if (from.id() == toProposalId) {
            int to = Math.max(0, Math.min(ListIndex.afterRemoval(at, index), source.size()));
            if (to == at) {
                return;
            }
            source.add(to, a);
            editor.apply(editor.edit().update(Part.PROPOSALS, withAmendments(from, source)).build(
                    "Reorder amendments", "Move amendment " + describe(a) + " to place " + (to + 1) + " in " + name(from)));
            return;
        }
        Proposal to = proposal(toProposalId);
        List<Amendment> target = new ArrayList<>(to.amendments());
        target.add(Math.max(0, Math.min(index, target.size())), a);
        editor.apply(editor.edit().update(Part.PROPOSALS, withAmendments(from, source))
                .update(Part.PROPOSALS, withAmendments(to, target))
                .build("Move amendment", "Move amendment " + describe(a) + " from " + name(from) + " to " + name(to)));
    }

    /** Copies an amendment to {@code index} of a proposal (Ctrl-drop); returns the copy's id. */
    public long copyAmendment(long amendmentId, long toProposalId, int index) throws EditException {
        Amendment a = editor.data().amendment(amendmentId).orElseThrow(() -> unknown("amendment", amendmentId));
        Proposal to = proposal(toProposalId);
        long id = newId(NewIds.Kind.AMENDMENT);
        List<Amendment> target = new ArrayList<>(to.amendments());
        target.add(Math.max(0, Math.min(index, target.size())), ownCopy(a, id));
        editor.apply(editor.edit().update(Part.PROPOSALS, withAmendments(to, target))
                .build("Copy amendment", "Copy amendment " + describe(a) + " to " + name(to)));
        return id;
    }

    private Proposal proposal(long id) {
        return editor.data().proposal(id).orElseThrow(() -> unknown("proposal", id));
    }

    private Proposal owner(long amendmentId) {
        return editor.data().proposalOfAmendment(amendmentId).orElseThrow(() -> unknown("amendment", amendmentId));
    }

    private String describe(Amendment a) {
        NegotiationData d = editor.data();
        return d.describe(a) + " " + AmendmentText.value(a);
    }

    private String name(Proposal p) {
        return code(p.delegationId()) + " \"" + p.title() + "\"";
    }

    private String code(long delegationId) {
        return editor.data().delegation(delegationId).map(Delegation::code).orElse("?");
    }

    private long newId(NewIds.Kind kind) throws EditException {
        return next(editor.newIds(), kind);
    }

    static long next(NewIds ids, NewIds.Kind kind) throws EditException {
        try {
            return ids.next(kind);
        } catch (StoreException e) {
            throw new EditException(e.getMessage(), e);
        }
    }

    /**
     * A copy the user made is the user's own: it is not credited to whoever published the original
     * (a copy is not what they said), so it is illustrative with a note naming what it copies, never
     * the original's source.
     */
    private Amendment ownCopy(Amendment a, long id) {
        return new Amendment(id, a.target(), a.kind(), a.value(), a.rationale(),
                Provenance.illustrative("Own copy of " + describe(a)), a.allocation());
    }

    static Amendment withId(Amendment a, long id) {
        return new Amendment(id, a.target(), a.kind(), a.value(), a.rationale(), a.provenance(), a.allocation());
    }

    static Proposal withAmendments(Proposal p, List<Amendment> amendments) {
        return p.withAmendments(amendments);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
    }

    private static int indexOf(List<Amendment> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        throw unknown("amendment", id);
    }

    /** An id the gesture names (a drag's payload may come from another negotiation) that is not here. */
    static Refused unknown(String what, long id) {
        return new Refused("no " + what + " with id " + id + " in this negotiation");
    }
}
