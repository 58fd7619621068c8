package io.cryptoviz.testsupport.redis;

/**
 * Where a test Redis listens.
 *
 * @param host host name or address
 * @param port TCP port
 * @param kind how it runs: {@code testcontainers} or {@code embedded}
 */
public record RedisEndpoint(String host, int port, String kind) {

	public String uri() {
		return "redis://" + this.host + ":" + this.port;
	}

}
