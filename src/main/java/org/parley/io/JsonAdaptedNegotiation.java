package org.parley.io;

import org.parley.model.Negotiation;
import org.parley.model.NegotiationRules;
import org.parley.model.Problem;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The negotiation itself. Figures everywhere are whole US dollars, so the currency must be USD
 * until the model learns other currencies. The classification marking is optional: absent or
 * blank, it is {@link Negotiation#DEFAULT_MARKING} (files written before markings existed).
 */
record JsonAdaptedNegotiation(String title, String body, String sessionStart, String deadline, String zone,
                              String deskDate, String currency, String marking) {

    private static final String SUPPORTED_CURRENCY = "USD";

    Negotiation toModel(JsonPath path) throws InvalidJsonException {
        String negotiationTitle = Fields.requiredText(title, path.field("title"));
        Instant start = Fields.instant(sessionStart, path.field("sessionStart"));
        Instant due = Fields.instant(deadline, path.field("deadline"));
        ZoneId z = Fields.zone(zone, path.field("zone"));
        Instant desk = deskDate == null ? null : Fields.instant(deskDate, path.field("deskDate"));
        String c = Fields.requiredText(currency, path.field("currency"));
        if (!SUPPORTED_CURRENCY.equals(c)) {
            throw new InvalidJsonException(path.field("currency"),
                    "\"" + c + "\" is not supported; amounts are whole US dollars (USD)");
        }
        List<Problem> markingProblems = NegotiationRules.marking(marking);
        if (!markingProblems.isEmpty()) {
            throw new InvalidJsonException(path.field("marking"), markingProblems.get(0).message());
        }
        return Fields.build(path, () -> new Negotiation(0, negotiationTitle, body, start, due, z, desk, c, marking));
    }
}
