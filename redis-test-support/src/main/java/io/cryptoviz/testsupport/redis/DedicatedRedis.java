package io.cryptoviz.testsupport.redis;

import java.io.IOException;

import redis.embedded.RedisServer;

/**
 * An embedded redis-server owned by one test, which can be stopped and started again on
 * the same port to simulate an outage, and can ask for a password as compose's Redis does
 * when {@code REDIS_PASSWORD} is set.
 */
public final class DedicatedRedis implements AutoCloseable {

	private final int port;

	private final String password;

	private RedisServer server;

	private DedicatedRedis(int port, String password) {
		this.port = port;
		this.password = password;
		this.server = newServer(port, password);
	}

	/**
	 * @param password the password clients must send; empty for none
	 */
	static DedicatedRedis start(int port, String password) {
		DedicatedRedis redis = new DedicatedRedis(port, password);
		redis.startServer();
		return redis;
	}

	public RedisEndpoint endpoint() {
		return new RedisEndpoint("127.0.0.1", this.port, "embedded");
	}

	/**
	 * The URL with this server's password, written as compose writes {@code REDIS_URL}:
	 * {@code redis://:PASSWORD@host:port}, with an empty password when there is none.
	 */
	public String uriWithPassword() {
		return "redis://:" + this.password + "@127.0.0.1:" + this.port;
	}

	public synchronized boolean isRunning() {
		return this.server.isActive();
	}

	/** Stops the server; clients see connection refused until {@link #restart()}. */
	public synchronized void stop() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not stop embedded redis-server on port " + this.port, ex);
		}
	}

	/** Starts the server again on the same port, with an empty data set. */
	public synchronized void restart() {
		if (this.server.isActive()) {
			return;
		}
		this.server = newServer(this.port, this.password);
		startServer();
	}

	@Override
	public synchronized void close() {
		if (this.server.isActive()) {
			stop();
		}
	}

	private void startServer() {
		try {
			this.server.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"embedded redis-server did not start on port " + this.port + ": " + ex.getMessage(), ex);
		}
	}

	private static RedisServer newServer(int port, String password) {
		try {
			return RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				// Tests want a clean, fast server: no snapshots, no append-only file.
				.setting("save \"\"")
				.setting("appendonly no")
				// As compose passes it: an empty value means no password.
				.setting("requirepass \"" + password + "\"")
				.onShutdownForceStop(true)
				.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare embedded redis-server: " + ex.getMessage(), ex);
		}
	}

}
