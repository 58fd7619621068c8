package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the Docker Engine API listens.
 *
 * @param address the socket to connect to
 * @param uri the same address written as {@code DOCKER_HOST} would write it
 */
record DockerEngine(SocketAddress address, String uri) {

	/**
	 * {@code DOCKER_HOST} when set, else the first of the given socket files that exists.
	 * @param dockerHost the value of {@code DOCKER_HOST}
	 * @param tlsVerify the value of {@code DOCKER_TLS_VERIFY}
	 * @param sockets socket files to look for, in order
	 * @return the engine, or {@code null} when there is no sign of one
	 * @throws IllegalArgumentException when {@code DOCKER_HOST} names an engine this
	 * class cannot talk to
	 */
	static @Nullable DockerEngine locate(@Nullable String dockerHost, @Nullable String tlsVerify, List<Path> sockets) {
		if (dockerHost == null || dockerHost.isBlank()) {
			return sockets.stream()
				.filter(Files::exists)
				.findFirst()
				.map(socket -> new DockerEngine(UnixDomainSocketAddress.of(socket), "unix://" + socket))
				.orElse(null);
		}
		URI uri = URI.create(dockerHost);
		if ("unix".equals(uri.getScheme())) {
			return new DockerEngine(UnixDomainSocketAddress.of(uri.getPath()), dockerHost);
		}
		if ("tcp".equals(uri.getScheme()) && uri.getHost() != null && (tlsVerify == null || tlsVerify.isEmpty())) {
			int port = (uri.getPort() != -1) ? uri.getPort() : 2375;
			return new DockerEngine(new InetSocketAddress(uri.getHost(), port), dockerHost);
		}
		throw new IllegalArgumentException("DOCKER_HOST=" + dockerHost
				+ " is neither unix:// nor plain-HTTP tcp:// (without DOCKER_TLS_VERIFY), which is all the image check speaks");
	}

	/** An unconnected channel of the address's family. */
	SocketChannel openChannel() throws IOException {
		return (this.address instanceof UnixDomainSocketAddress) ? SocketChannel.open(StandardProtocolFamily.UNIX)
				: SocketChannel.open();
	}

}
