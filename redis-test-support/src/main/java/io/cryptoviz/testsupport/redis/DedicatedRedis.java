package io.cryptoviz.testsupport.redis;

import java.io.IOException;

import redis.embedded.RedisServer;

/**
 * An embedded redis-server owned by one test, which can be stopped and started again on
 * the same port to simulate an outage.
 */
public final class DedicatedRedis implements AutoCloseable {

	private final int port;

	private RedisServer server;

	private DedicatedRedis(int port) {
		this.port = port;
		this.server = newServer(port);
	}

	static DedicatedRedis start(int port) {
		DedicatedRedis redis = new DedicatedRedis(port);
		redis.startServer();
		return redis;
	}

	public RedisEndpoint endpoint() {
		return new RedisEndpoint("127.0.0.1", this.port, "embedded");
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
		this.server = newServer(this.port);
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

	private static RedisServer newServer(int port) {
		try {
			return RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				// Tests want a clean, fast server: no snapshots, no append-only file.
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare embedded redis-server: " + ex.getMessage(), ex);
		}
	}

}
