package org.parley.io;

import org.parley.model.BudgetLine;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;

import java.util.List;

/** A budget under negotiation (a mission or an account such as the support account). */
record JsonAdaptedMission(String code, String name, String location, String coordinator, String status,
                          JsonAdaptedBaselines baselines, List<JsonAdaptedLine> lines, String notes) {

    Mission toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        String missionCode = Fields.key(code, path.field("code"));
        long id = keys.declareMission(missionCode, path.field("code"));
        String missionName = Fields.requiredText(name, path.field("name"));
        MissionStatus s = Fields.enumValue(MissionStatus.class, status, path.field("status"));
        var figures = JsonAdaptedBaselines.toModel(baselines, path.field("baselines"));
        List<BudgetLine> converted = Fields.convertAll(lines, path.field("lines"),
                (line, at) -> line.toModel(at, missionCode, keys));
        return Fields.build(path,
                () -> new Mission(id, missionCode, missionName, location, coordinator, s, figures, converted, notes));
    }
}
