package org.parley.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference checks for what delegations say about items: positions, our lines, compromises
 * and scenarios must name things inside the same negotiation, once each. The checks run one part
 * at a time against {@link Known}, so a streamed import (decision 0019) applies the same rules
 * without holding the whole negotiation: compromises before the scenarios that adopt them.
 */
public final class PositionChecks {

    /** What the negotiation holds, as far as these checks need to know. */
    public interface Known {
        boolean delegation(long id);

        boolean mission(long id);

        boolean proposal(long id);

        /** The kind of amendment {@code id}, or null when the negotiation has no such amendment. */
        AmendmentKind amendmentKind(long id);

        /** The value of amendment {@code id}, in its kind's unit; only asked of a known amendment. */
        long amendmentValue(long id);
    }

    private final Known known;
    private final Set<Position.Key> positionKeys = new HashSet<>();
    private final Set<Item> lineItems = new HashSet<>();
    private final Set<Long> compromiseIds = new HashSet<>();
    private final Set<Long> scenarioIds = new HashSet<>();

    public PositionChecks(Known known) {
        this.known = known;
    }

    /** Checks {@code d}'s compromises and scenarios, and its positions and our lines when {@code stances}. */
    static void check(NegotiationData d, boolean stances) {
        PositionChecks checks = new PositionChecks(new Known() {
            @Override
            public boolean delegation(long id) {
                return d.delegation(id).isPresent();
            }

            @Override
            public boolean mission(long id) {
                return d.contains(Item.mission(id));
            }

            @Override
            public boolean proposal(long id) {
                return d.proposal(id).isPresent();
            }

            @Override
            public AmendmentKind amendmentKind(long id) {
                return d.amendment(id).map(Amendment::kind).orElse(null);
            }

            @Override
            public long amendmentValue(long id) {
                return d.amendment(id).orElseThrow().value();
            }
        });
        if (stances) {
            d.positions().forEach(checks::position);
            d.ourLines().forEach(checks::ourLine);
        }
        d.compromises().forEach(checks::compromise);
        d.scenarios().forEach(checks::scenario);
    }

    /** @throws Refused when the position names something unknown or repeats one */
    public void position(Position p) {
        require(known.delegation(p.delegationId()), () -> "a position names an unknown delegation id "
                + p.delegationId());
        require(contains(p.item()), () -> "a position names an unknown " + name(p.item()));
        require(positionKeys.add(p.key()), () -> "two positions of one delegation on one item: " + p.key());
    }

    /** @throws Refused when our line names something unknown or repeats an item */
    public void ourLine(OurLine l) {
        require(contains(l.item()), () -> "our line names an unknown " + name(l.item()));
        require(lineItems.add(l.item()), () -> "two of our lines on one item: " + l.item());
    }

    /** @throws Refused when the compromise repeats an id, names no amendment or exceeds it */
    public void compromise(Compromise c) {
        require(compromiseIds.add(c.id()), () -> "two compromises share the id " + c.id());
        AmendmentKind kind = known.amendmentKind(c.amendmentId());
        require(kind != null, () -> "compromise \"" + c.description() + "\" names an unknown amendment id "
                + c.amendmentId());
        checkValue(c, kind, known.amendmentValue(c.amendmentId()));
    }

    /** @throws Refused when the scenario repeats an id or adopts something unknown (compromises first) */
    public void scenario(Scenario s) {
        require(scenarioIds.add(s.id()), () -> "two scenarios share the id " + s.id());
        for (ScenarioItem i : s.items()) {
            boolean isKnown = i.kind() == ScenarioItem.Kind.PROPOSAL ? known.proposal(i.id())
                    : compromiseIds.contains(i.id());
            require(isKnown, () -> "scenario \"" + s.name() + "\" adopts an unknown "
                    + i.kind().name().toLowerCase() + " id " + i.id());
        }
    }

    private boolean contains(Item item) {
        return item.kind() == Item.Kind.AMENDMENT ? known.amendmentKind(item.id()) != null
                : known.mission(item.id());
    }

    private static void checkValue(Compromise c, AmendmentKind kind, long amendmentValue) {
        String where = "compromise \"" + c.description() + "\"";
        switch (kind) {
            case PERCENT_CUT -> require(c.value() <= Share.WHOLE_BP, () -> where + ": a percentage must be between 0 and 100");
            case ABOLISH_POSTS -> require(c.value() <= amendmentValue, () -> where + ": cannot abolish more posts ("
                    + c.value() + ") than the amendment (" + amendmentValue + ")");
            default -> {
                // dollars: any non-negative amount; caps apply when totals are measured
            }
        }
    }

    private static String name(Item item) {
        return item.kind().name().toLowerCase() + " id " + item.id();
    }

    private static void require(boolean ok, Supplier<String> message) {
        if (!ok) {
            throw new Refused(message.get());
        }
    }
}
