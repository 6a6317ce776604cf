package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on the workspace connection inside one transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
