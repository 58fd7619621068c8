package io.cryptoviz.store.file;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on an open DuckDB connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

	T run(Connection connection) throws SQLException;

}
