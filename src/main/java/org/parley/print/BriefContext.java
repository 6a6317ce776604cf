package org.parley.print;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.parley.model.Countdown;
import org.parley.model.DeskTimes;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;

/**
 * What every sheet is built from: the negotiation as it stands, the desk's "now" (the pinned
 * replay date for a past negotiation) and the classification marking.
 */
public final class BriefContext {

    private final NegotiationData data;
    private final Instant now;
    private final String marking;
    private ProposedCuts cuts;
    private Adoption adoption;

    public BriefContext(NegotiationData data, Instant now, String marking) {
        this.data = Objects.requireNonNull(data, "data");
        this.now = Objects.requireNonNull(now, "now");
        this.marking = Objects.requireNonNull(marking, "marking");
    }

    public NegotiationData data() {
        return data;
    }

    public Negotiation negotiation() {
        return data.negotiation();
    }

    public Instant now() {
        return now;
    }

    public ZoneId zone() {
        return data.negotiation().zone();
    }

    public String marking() {
        return marking;
    }

    /** The cuts every delegation proposes, computed once per context. */
    synchronized ProposedCuts cuts() {
        if (cuts == null) {
            cuts = ProposedCuts.of(data);
        }
        return cuts;
    }

    /** "What if all, half or a quarter went through", sharing one baseline computation across sheets. */
    synchronized Adoption adoption() {
        if (adoption == null) {
            adoption = new Adoption(this);
        }
        return adoption;
    }

    /** "As of 26 Jun 2018 09:00 New York". */
    String asOf() {
        return "As of " + DeskTimes.dateTime(now, zone()) + " " + DeskTimes.zoneName(zone());
    }

    /** "Tue 26 Jun 2018 09:00" in the negotiation's zone. */
    String when(Instant t) {
        return DeskTimes.dateTime(t, zone());
    }

    String countdown() {
        return Countdown.describe(now, data.negotiation().deadline(), zone());
    }

    /** A sheet with this context's frame around {@code blocks}. */
    Sheet sheet(String title, List<Block> blocks) {
        return new Sheet(data.negotiation().title(), title, asOf(), marking, blocks);
    }
}
