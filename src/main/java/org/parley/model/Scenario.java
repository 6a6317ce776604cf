package org.parley.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named "what if": a set of proposals and compromises, each adopted at a share, measured
 * against an optional target total (e.g. the US $129M).
 *
 * @param id store id
 * @param name e.g. "Half goes through"
 * @param targetUsd the total cut someone asks for, in whole dollars; 0 for none
 * @param items what it adopts, in order; no proposal or compromise twice
 */
public record Scenario(long id, String name, long targetUsd, List<ScenarioItem> items) {

    public Scenario {
        name = Text.required(name, "scenario name");
        if (targetUsd < 0) {
            throw new Refused("scenario target: must not be negative");
        }
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (ScenarioItem i : items) {
            Objects.requireNonNull(i, "scenario item");
            if (!seen.add(i.kind() + ":" + i.id())) {
                throw new Refused("scenario \"" + name + "\" adopts the same "
                        + i.kind().name().toLowerCase() + " twice");
            }
        }
    }

    public boolean hasTarget() {
        return targetUsd > 0;
    }
}
