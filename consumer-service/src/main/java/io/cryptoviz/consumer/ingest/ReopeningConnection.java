package io.cryptoviz.consumer.ingest;

import java.util.function.Consumer;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

/**
 * One Redis connection that is opened on first use and opened again after it broke.
 * <p>
 * The loop's client never reconnects by itself (see {@link IngestLoop}), so a broken
 * connection stays broken; the use that fails drops it and the next use gets a fresh one.
 */
final class ReopeningConnection implements AutoCloseable {

	private final RedisClient client;

	private final Consumer<StatefulRedisConnection<String, String>> setUp;

	private @Nullable StatefulRedisConnection<String, String> current;

	ReopeningConnection(RedisClient client, Consumer<StatefulRedisConnection<String, String>> setUp) {
		this.client = client;
		this.setUp = setUp;
	}

	ReopeningConnection(RedisClient client) {
		this(client, (connection) -> {
		});
	}

	/**
	 * Runs commands on the connection; if they fail, the connection is dropped, because a
	 * connection that lost a reply is of no further use, and the next call opens a new
	 * one.
	 */
	<T> T use(Function<StatefulRedisConnection<String, String>, T> commands) {
		StatefulRedisConnection<String, String> connection = get();
		try {
			return commands.apply(connection);
		}
		catch (RuntimeException ex) {
			drop(connection);
			throw ex;
		}
	}

	private synchronized void drop(StatefulRedisConnection<String, String> broken) {
		broken.close();
		if (this.current == broken) {
			this.current = null;
		}
	}

	private synchronized StatefulRedisConnection<String, String> get() {
		StatefulRedisConnection<String, String> connection = this.current;
		if (connection != null && connection.isOpen()) {
			return connection;
		}
		if (connection != null) {
			connection.close();
		}
		connection = this.client.connect(StringCodec.UTF8);
		this.setUp.accept(connection);
		this.current = connection;
		return connection;
	}

	@Override
	public synchronized void close() {
		if (this.current != null) {
			this.current.close();
			this.current = null;
		}
	}

}
