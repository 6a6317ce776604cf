package org.parley.io;

import org.parley.model.Negotiation;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The negotiation itself. Figures everywhere are whole US dollars, so the currency must be USD
 * until the model learns other currencies.
 */
record JsonAdaptedNegotiation(String title, String body, String sessionStart, String deadline, String zone,
                              String deskDate, String currency) {

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
        return Fields.build(path, () -> new Negotiation(0, negotiationTitle, body, start, due, z, desk, c));
    }
}
