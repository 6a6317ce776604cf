package org.parley.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a compromise must satisfy before it is stored, as {@link Problem}s in words for a form:
 * a description; a value in the amendment kind's unit that the amendment allows (a percentage
 * between 0 and 100, no more posts than the amendment abolishes); a date inside the
 * negotiation. Field names are the form's labels.
 */
public final class CompromiseRules {

    public static final String DESCRIPTION = "Description";
    public static final String VALUE = "Value";
    public static final String FLOATED_ON = "Floated on";


    private CompromiseRules() {
    }

    /**
     * The problems of a compromise on {@code amendment}; empty when it may be stored.
     *
     * @param value the amendment's value under the compromise, in the kind's unit
     * @param floatedAt when it was floated; null when the field could not be read
     */
    public static List<Problem> check(Negotiation negotiation, Amendment amendment, String description, long value,
                                      Instant floatedAt) {
        List<Problem> problems = new ArrayList<>();
        if (description == null || description.isBlank()) {
            problems.add(new Problem(DESCRIPTION, "required: say how the compromise was put, e.g. \"−25% instead of −50%\""));
        } else {
            problems.addAll(TextRules.oneLine(DESCRIPTION, description));
        }
        valueProblem(amendment, value).ifPresent(problems::add);
        if (floatedAt == null) {
            problems.add(new Problem(FLOATED_ON, "required: when the compromise was floated"));
        } else if (!negotiation.isDuringTalks(floatedAt)) {
            problems.add(new Problem(FLOATED_ON, "must be inside the negotiation, from "
                    + DeskTimes.dateTime(negotiation.sessionStart(), negotiation.zone()) + " to "
                    + DeskTimes.dateTime(negotiation.talksEnd(), negotiation.zone())));
        }
        return problems;
    }

    private static Optional<Problem> valueProblem(Amendment a, long value) {
        if (value < 0) {
            return Optional.of(new Problem(VALUE, "must not be negative"));
        }
        if (value > Amounts.MAX_USD) {
            return Amounts.usdProblem(value).map(m -> new Problem(VALUE, m));
        }
        if (a.kind() == AmendmentKind.PERCENT_CUT && value > Share.WHOLE_BP) {
            return Optional.of(new Problem(VALUE, "a percentage must be between 0 and 100"));
        }
        if (a.kind() == AmendmentKind.ABOLISH_POSTS && value > a.value()) {
            return Optional.of(new Problem(VALUE, "no more posts than the amendment abolishes ("
                    + a.value() + ")"));
        }
        return Optional.empty();
    }
}
