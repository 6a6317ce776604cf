package org.parley.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference checks for what delegations say about items: positions, our lines, compromises
 * and scenarios must name things inside the same negotiation, once each.
 */
final class PositionChecks {

    private PositionChecks() {
    }

    static void check(NegotiationData d) {
        Set<Position.Key> positionKeys = new HashSet<>();
        for (Position p : d.positions()) {
            require(d.delegation(p.delegationId()).isPresent(), () -> "a position names an unknown delegation id "
                    + p.delegationId());
            require(d.contains(p.item()), () -> "a position names an unknown " + name(p.item()));
            require(positionKeys.add(p.key()), () -> "two positions of one delegation on one item: " + p.key());
        }
        Set<Item> lineItems = new HashSet<>();
        for (OurLine l : d.ourLines()) {
            require(d.contains(l.item()), () -> "our line names an unknown " + name(l.item()));
            require(lineItems.add(l.item()), () -> "two of our lines on one item: " + l.item());
        }
        Set<Long> compromiseIds = new HashSet<>();
        for (Compromise c : d.compromises()) {
            require(compromiseIds.add(c.id()), () -> "two compromises share the id " + c.id());
            Amendment a = d.amendment(c.amendmentId()).orElse(null);
            require(a != null, () -> "compromise \"" + c.description() + "\" names an unknown amendment id "
                    + c.amendmentId());
            checkValue(c, a);
        }
        Set<Long> scenarioIds = new HashSet<>();
        for (Scenario s : d.scenarios()) {
            require(scenarioIds.add(s.id()), () -> "two scenarios share the id " + s.id());
            for (ScenarioItem i : s.items()) {
                boolean known = i.kind() == ScenarioItem.Kind.PROPOSAL ? d.proposal(i.id()).isPresent()
                        : compromiseIds.contains(i.id());
                require(known, () -> "scenario \"" + s.name() + "\" adopts an unknown " + i.kind().name().toLowerCase()
                        + " id " + i.id());
            }
        }
    }

    private static void checkValue(Compromise c, Amendment a) {
        String where = "compromise \"" + c.description() + "\"";
        switch (a.kind()) {
            case PERCENT_CUT -> require(c.value() <= Share.WHOLE_BP, () -> where + ": a percentage must be between 0 and 100");
            case ABOLISH_POSTS -> require(c.value() <= a.value(), () -> where + ": cannot abolish more posts ("
                    + c.value() + ") than the amendment (" + a.value() + ")");
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
