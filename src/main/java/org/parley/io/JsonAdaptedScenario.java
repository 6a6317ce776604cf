package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;

import java.util.List;

/** A scenario: proposals and compromises adopted at a share, against a target (version 2). */
record JsonAdaptedScenario(String key, String name, Long targetUsd, List<JsonAdaptedScenarioItem> items) {

    /** One adopted proposal or compromise; {@code percent} as in amendments ("50" or 50). */
    record JsonAdaptedScenarioItem(String proposal, String compromise, JsonNode percent) {

        ScenarioItem toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
            if ((proposal == null) == (compromise == null)) {
                throw new InvalidJsonException(path, "needs exactly one of \"proposal\" or \"compromise\"");
            }
            Share share = JsonAdaptedAmendment.share(percent == null || percent.isNull() ? null : percent,
                    path.field("percent"));
            if (proposal != null) {
                return ScenarioItem.proposal(keys.proposal(proposal, path.field("proposal")), share);
            }
            return ScenarioItem.compromise(keys.compromise(compromise, path.field("compromise")), share);
        }
    }

    Scenario toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        long id = keys.declareScenario(Fields.key(key, path.field("key")), path.field("key"));
        String scenarioName = Fields.requiredText(name, path.field("name"));
        long target = Fields.usd(targetUsd, path.field("targetUsd"));
        List<ScenarioItem> converted = Fields.convertAll(items, path.field("items"),
                (item, at) -> item.toModel(at, keys));
        return Fields.build(path, () -> new Scenario(id, scenarioName, target, converted));
    }
}
