package org.parley.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a proposal must keep to be stored, as {@link Problem}s named by the form's fields: a
 * delegation, a title, a tabling time inside the negotiation (from the session's start to the
 * deadline), and a source unless it is illustrative. Times are typed and shown in the
 * negotiation's zone.
 */
public final class ProposalRules {

    public static final String DELEGATION = "Delegation";
    public static final String TITLE = "Title";
    public static final String TABLED = "Tabled on";
    public static final String SOURCE = "Source";

    /** How a tabling time is typed: "26 Jun 2018 09:00" (ISO "2018-06-26 09:00" reads too). */
    public static final String TABLED_PATTERN = DeskTimes.DATE_TIME_EXAMPLE;

    private ProposalRules() {
    }

    /**
     * Reads a tabling time typed in the negotiation's zone.
     *
     * @throws Refused saying how to write it
     */
    public static Instant parseTabled(String text, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new Refused("required: the date and time, e.g. " + DeskTimes.DATE_TIME_EXAMPLE);
        }
        // A time that does not exist (skipped by a clock change) moves on, as the zone rules say.
        return DeskTimes.readDateTime(t).map(local -> local.atZone(zone).toInstant()).orElseThrow(() -> new Refused(
                "\"" + t + "\" is not a date and time; write it as " + DeskTimes.DATE_TIME_EXAMPLE));
    }

    /** A tabling time as the form shows it for editing, in the negotiation's zone. */
    public static String tabledText(Instant at, ZoneId zone) {
        return DeskTimes.dateTime(at, zone);
    }

    /** The problems of a proposal's own fields as they would be stored. */
    public static List<Problem> check(NegotiationData data, Long delegationId, String title, Instant tabledAt) {
        List<Problem> problems = new ArrayList<>();
        if (delegationId == null) {
            problems.add(new Problem(DELEGATION, "required: who tables the proposal"));
        } else if (data.delegation(delegationId).isEmpty()) {
            problems.add(new Problem(DELEGATION, "not a delegation of this negotiation"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem(TITLE, "required: a short name for the proposal"));
        }
        Negotiation n = data.negotiation();
        if (!n.isDuringTalks(tabledAt)) {
            problems.add(new Problem(TABLED, "must fall within the negotiation, "
                    + shown(n.sessionStart(), n.zone()) + " to " + shown(n.talksEnd(), n.zone())
                    + " " + DeskTimes.zoneName(n.zone()) + " time"));
        }
        return problems;
    }

    /** The problems of a form's entry as typed. */
    public static List<Problem> checkEntry(NegotiationData data, Long delegationId, String title, String tabledText,
                                           String source, boolean illustrative) {
        List<Problem> problems = new ArrayList<>();
        try {
            problems.addAll(check(data, delegationId, title, parseTabled(tabledText, data.negotiation().zone())));
        } catch (Refused e) {
            // The time does not read: check the rest with a time that passes.
            problems.addAll(check(data, delegationId, title, data.negotiation().sessionStart()));
            problems.add(new Problem(TABLED, e.getMessage()));
        }
        problems.addAll(SourceRules.provenance(SOURCE, source, illustrative));
        return problems;
    }

    /** The problems of a proposal as it would be stored. */
    public static List<Problem> check(NegotiationData data, Proposal p) {
        return check(data, p.delegationId(), p.title(), p.tabledAt());
    }

    private static String shown(Instant at, ZoneId zone) {
        return DeskTimes.dateTime(at, zone);
    }
}
