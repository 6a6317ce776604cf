package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.parley.model.Provenance;
import org.parley.model.Refused;

/** Column conversions shared by the repositories, so every table stores a kind of value alike. */
final class Sql {

    /**
     * Instants are stored as UTC text with all nine fraction digits: lossless, readable in the
     * sqlite3 shell, and (being fixed width) sorting as text sorts them in time.
     */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Sql() {
    }

    static String text(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    /**
     * A stored enum name read back; a name this Parley does not know is refused with the value and
     * its kind ("\"P-9\" is not a known grade"), which loading reports as data it cannot read.
     */
    static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new Refused("\"" + name + "\" is not a known " + type.getSimpleName().replaceAll("(?<=.)([A-Z])", " $1")
                .toLowerCase(Locale.ROOT));
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Sets a provenance as two parameters: source text, then the illustrative flag (0 or 1). */
    static void setProvenance(PreparedStatement ps, int index, Provenance provenance) throws SQLException {
        ps.setString(index, provenance.source());
        ps.setInt(index + 1, provenance.illustrative() ? 1 : 0);
    }

    static Provenance provenance(ResultSet rs, String sourceColumn, String illustrativeColumn) throws SQLException {
        return new Provenance(rs.getString(sourceColumn), rs.getInt(illustrativeColumn) != 0);
    }

    /** Runs an INSERT prepared with {@link Statement#RETURN_GENERATED_KEYS} and returns the new row id. */
    static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the insert returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    static PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with one parameter (usually a negotiation id) and hands every row to {@code reader}. */
    static void forEachRow(Connection c, String sql, long parameter, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Something closed that can fail only as SQLite fails: a statement, or a set of them. */
    @FunctionalInterface
    interface Closing {
        void close() throws SQLException;
    }

    /**
     * Closes every one in order, going on after a failure so that none is left open; throws the
     * first failure with the later ones suppressed in it.
     */
    static void closeAll(List<? extends Closing> all) throws SQLException {
        SQLException failure = null;
        for (Closing each : all) {
            try {
                each.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The value of an integer pragma such as {@code user_version}. */
    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The first column of the first row of a pragma such as {@code quick_check}, as text. */
    static String pragmaText(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
