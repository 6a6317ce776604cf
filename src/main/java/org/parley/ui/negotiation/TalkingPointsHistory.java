package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.model.DeskTimes;
import org.parley.model.TalkingPoints;

/**
 * What the talking points window shows of the model: the latest text and each save as a row,
 * newest first, with its time in the negotiation's zone. The window sees only these texts.
 */
record TalkingPointsHistory(String latest, List<Row> rows) {


    /** One save: "Tue 26 Jun 2018 08:30 — 1. Protection of civilians…", and its whole text. */
    record Row(String line, String text) {
    }

    static TalkingPointsHistory of(Optional<TalkingPoints> points, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        List<TalkingPoints.Version> versions = points.map(TalkingPoints::versions).orElse(List.of());
        for (int i = versions.size() - 1; i >= 0; i--) {
            TalkingPoints.Version v = versions.get(i);
            String first = v.text().isEmpty() ? "(cleared)" : v.text().lines().findFirst().orElse("");
            if (first.length() > 60) {
                first = first.substring(0, 59) + "…";
            }
            rows.add(new Row(DeskTimes.dateTime(v.savedAt(), zone) + " — " + first, v.text()));
        }
        return new TalkingPointsHistory(points.map(t -> t.latest().text()).orElse(""), rows);
    }
}
