package io.cryptoviz.dashboard.base.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Queries run on one read-only connection, opened and closed around them.
 *
 * @param <T> what the queries produce
 */
@FunctionalInterface
interface SqlWork<T> {

	T run(Connection connection) throws SQLException;

}
