package org.parley.store;

import java.util.EnumMap;
import java.util.Map;

/**
 * Ids for the parts a gesture creates, decided before the gesture is written so that redoing it
 * writes the very same rows. Each kind continues after the largest id in the workspace; one
 * {@code NewIds} hands out consecutive ids per kind.
 */
public final class NewIds {

    /** The kinds of part that get ids. */
    public enum Kind {
        MISSION("mission"), LINE("budget_line"), POST("post"), DELEGATION("delegation"), PROPOSAL("proposal"),
        AMENDMENT("amendment"), EVENT("timeline_event"), COMPROMISE("compromise"), SCENARIO("scenario");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final Database db;
    private final Map<Kind, Long> next = new EnumMap<>(Kind.class);

    NewIds(Database db) {
        this.db = db;
    }

    public long next(Kind kind) throws StoreException {
        Long id = next.get(kind);
        if (id == null) {
            id = db.inTransaction(c -> {
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + kind.table)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        next.put(kind, id + 1);
        return id;
    }

}
