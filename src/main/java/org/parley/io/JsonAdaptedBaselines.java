package org.parley.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.Figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * A budget's figures per baseline; any may be left out. {@code "final"} is a Java keyword, hence
 * the renamed component.
 */
record JsonAdaptedBaselines(JsonAdaptedFigure priorApproved, JsonAdaptedFigure sgProposed,
                            JsonAdaptedFigure acabqRecommended, JsonAdaptedFigure current,
                            @JsonProperty("final") JsonAdaptedFigure finalApproved) {

    static Baselines toModel(JsonAdaptedBaselines json, JsonPath path) throws InvalidJsonException {
        return json == null ? Baselines.none() : json.toModel(path);
    }

    Baselines toModel(JsonPath path) throws InvalidJsonException {
        Map<Baseline, Figure> figures = new EnumMap<>(Baseline.class);
        put(figures, Baseline.PRIOR_APPROVED, priorApproved, path.field("priorApproved"));
        put(figures, Baseline.SG_PROPOSED, sgProposed, path.field("sgProposed"));
        put(figures, Baseline.ACABQ_RECOMMENDED, acabqRecommended, path.field("acabqRecommended"));
        put(figures, Baseline.CURRENT, current, path.field("current"));
        put(figures, Baseline.FINAL, finalApproved, path.field("final"));
        return Baselines.of(figures);
    }

    /** The field a baseline is written under: "priorApproved" … "final". */
    static String field(Baseline baseline) {
        return switch (baseline) {
            case PRIOR_APPROVED -> "priorApproved";
            case SG_PROPOSED -> "sgProposed";
            case ACABQ_RECOMMENDED -> "acabqRecommended";
            case CURRENT -> "current";
            case FINAL -> "final";
        };
    }

    private static void put(Map<Baseline, Figure> figures, Baseline baseline, JsonAdaptedFigure json,
                            JsonPath path) throws InvalidJsonException {
        if (json != null) {
            figures.put(baseline, json.toModel(path));
        }
    }
}
