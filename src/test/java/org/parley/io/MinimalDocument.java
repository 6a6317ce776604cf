package org.parley.io;

import org.parley.model.NegotiationData;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A small valid document for error tests: each test breaks one thing with {@link #with}, so the
 * JSON in a test shows exactly what is wrong.
 */
final class MinimalDocument {

    static final String SOURCE = "test.json";

    static final String JSON = """
            {
              "format": "parley-negotiation",
              "version": 1,
              "negotiation": {
                "title": "Peacekeeping budgets 2018/19",
                "sessionStart": "2018-05-07T10:00:00-04:00",
                "deadline": "2018-07-01T00:00:00-04:00",
                "zone": "America/New_York",
                "currency": "USD"
              },
              "delegations": [
                {"code": "RU", "name": "Russian Federation", "kind": "STATE"},
                {"code": "G77", "name": "G77 and China", "kind": "GROUP", "members": ["EG"]},
                {"code": "EG", "name": "Egypt", "kind": "STATE"}
              ],
              "missions": [
                {
                  "code": "MONUSCO", "name": "MONUSCO", "status": "OPEN",
                  "baselines": {"sgProposed": {"usd": 1000000, "source": "A/72/784"}},
                  "lines": [
                    {
                      "key": "human-rights", "name": "Human rights", "category": "HUMAN_RIGHTS",
                      "baselines": {"current": {"usd": 5000000, "illustrative": true}},
                      "posts": [
                        {"key": "fvra", "title": "Field Victims' Rights Advocate", "grade": "P-4", "count": 1,
                         "status": "ENCUMBERED", "annualCost": {"usd": 200000, "illustrative": true},
                         "countProvenance": {"illustrative": true}}
                      ]
                    }
                  ]
                },
                {"code": "UNISFA", "name": "UNISFA", "status": "OPEN"}
              ],
              "proposals": [
                {
                  "key": "ru", "delegation": "RU", "title": "Cuts", "tabledAt": "2018-06-25T10:00:00-04:00",
                  "status": "OPENING_BID", "provenance": {"source": "Foreign Policy"},
                  "amendments": [
                    {"kind": "PERCENT_CUT", "target": {"mission": "MONUSCO", "line": "human-rights"},
                     "percent": "50", "provenance": {"source": "Foreign Policy"}},
                    {"kind": "ABOLISH_POSTS", "target": {"mission": "MONUSCO", "line": "human-rights", "post": "fvra"},
                     "posts": 1, "provenance": {"source": "Foreign Policy"}},
                    {"kind": "TOPLINE_CUT", "usd": 129000000, "provenance": {"illustrative": true}}
                  ]
                }
              ],
              "events": [
                {"key": "renewal", "at": "2018-05-15T10:00:00-04:00", "title": "UNISFA renewed",
                 "kind": "DOCUMENT_ISSUED", "provenance": {"source": "S/RES/2416 (2018)"},
                 "missions": ["UNISFA"], "proposals": ["ru"]}
              ]
            }
            """;

    private MinimalDocument() {
    }

    /** The document with one fragment replaced; fails if the fragment is not there. */
    static String with(String fragment, String replacement) {
        assertThat(JSON).contains(fragment);
        return JSON.replace(fragment, replacement);
    }

    static NegotiationData read(String json) throws ImportException {
        return NegotiationJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    /** The message of the import error the document raises. */
    static String errorOf(String json) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(json));
        assertThat(e).as("an ImportException").isNotNull();
        return e.getMessage();
    }
}
