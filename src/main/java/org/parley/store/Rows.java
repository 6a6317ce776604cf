package org.parley.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL text for writing rows with the ids they already have, so that an edit and its undo put
 * back exactly the rows that were there.
 */
final class Rows {

    private Rows() {
    }

    /**
     * "INSERT ... ON CONFLICT (id) DO UPDATE": an existing row keeps its id (and whatever
     * refers to it) and takes the new values. The first column must be {@code id}.
     */
    static String upsert(String table, String... columns) {
        String names = String.join(", ", columns);
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        String updates = Arrays.stream(columns).skip(1).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (id) DO UPDATE SET "
                + updates;
    }

    static String insert(String table, String... columns) {
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
    }

}
