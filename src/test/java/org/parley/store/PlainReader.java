package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A plain SQLite client in a JVM of its own, for machines without the {@code sqlite3} shell:
 * opens the file read-write as that shell does, prints the first column of one query and closes,
 * which checkpoints and deletes the WAL when it believes it is the last user.
 */
public final class PlainReader {

    private PlainReader() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(args[1])) {
            rs.next();
            System.out.println(rs.getString(1));
        }
    }
}
