package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URLDecoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The part of the Docker Engine API that {@link DockerImages} uses, served on a real
 * socket: image lookups answer 200 or 404, and a pull does what the image's {@link Image
 * state} says.
 */
final class FakeEngine implements AutoCloseable {

	enum Image {

		PRESENT,
		/** Pulls, and is present from then on. */
		PULLABLE,
		/**
		 * Answered at once with 500, as dockerd does when it cannot resolve the registry.
		 */
		PULL_REFUSED,
		/**
		 * Answered 200 with an error in the progress stream, as a pull that breaks off.
		 */
		PULL_BREAKS_OFF,
		/** Never answered, as a pull stuck on an unreachable registry. */
		PULL_HANGS

	}

	private final ServerSocketChannel server;

	private final DockerEngine engine;

	private final Map<String, Image> images = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();

	private FakeEngine(ServerSocketChannel server, DockerEngine engine) {
		this.server = server;
		this.engine = engine;
		Thread.ofVirtual().start(this::acceptAll);
	}

	static FakeEngine onUnixSocket(Path socket) throws IOException {
		ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)
			.bind(UnixDomainSocketAddress.of(socket));
		return new FakeEngine(server, new DockerEngine(UnixDomainSocketAddress.of(socket), "unix://" + socket));
	}

	static FakeEngine onLoopback() throws IOException {
		ServerSocketChannel server = ServerSocketChannel.open()
			.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
		DockerEngine engine = DockerEngine.locate("tcp://127.0.0.1:" + port, null, List.of());
		return new FakeEngine(server, Objects.requireNonNull(engine));
	}

	FakeEngine with(String image, Image state) {
		this.images.put(image, state);
		return this;
	}

	DockerEngine engine() {
		return this.engine;
	}

	/** Request lines received, such as {@code GET /images/redis:7-alpine/json}. */
	List<String> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (SocketChannel connection : this.connections) {
			connection.close();
		}
	}

	private void acceptAll() {
		try {
			while (true) {
				SocketChannel connection = this.server.accept();
				this.connections.add(connection);
				Thread.ofVirtual().start(() -> serve(connection));
			}
		}
		catch (IOException ex) {
			// Closed: the test is over.
		}
	}

	private void serve(SocketChannel connection) {
		try (connection) {
			String requestLine = readHead(connection).lines().findFirst().orElse("");
			String request = requestLine.substring(0, requestLine.lastIndexOf(' '));
			this.requests.add(request);
			if (request.startsWith("GET /images/") && request.endsWith("/json")) {
				String image = request.substring("GET /images/".length(), request.length() - "/json".length());
				boolean present = this.images.get(image) == Image.PRESENT;
				respond(connection, present ? 200 : 404,
						present ? "{}" : "{\"message\":\"No such image: " + image + "\"}");
			}
			else if (request.startsWith("POST /images/create?fromImage=")) {
				String image = URLDecoder.decode(request.substring("POST /images/create?fromImage=".length()),
						StandardCharsets.UTF_8);
				pull(connection, image);
			}
			else {
				respond(connection, 400, "{\"message\":\"not faked\"}");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void pull(SocketChannel connection, String image) throws IOException {
		switch (this.images.getOrDefault(image, Image.PULL_REFUSED)) {
			case PULLABLE -> {
				this.images.put(image, Image.PRESENT);
				respond(connection, 200, "{\"status\":\"Status: Downloaded newer image for " + image + "\"}");
			}
			case PULL_BREAKS_OFF -> respond(connection, 200, "{\"error\":\"unexpected EOF\"}");
			case PULL_HANGS -> {
				// Wait for the client to give up; read returns -1 when it closes.
				while (connection.read(ByteBuffer.allocate(64)) != -1) {
				}
			}
			default -> respond(connection, 500,
					"{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial tcp: no such host\"}");
		}
	}

	private static String readHead(SocketChannel connection) throws IOException {
		StringBuilder head = new StringBuilder();
		ByteBuffer buffer = ByteBuffer.allocate(1);
		while (!head.toString().endsWith("\r\n\r\n") && connection.read(buffer.clear()) != -1) {
			head.append((char) buffer.get(0));
		}
		return head.toString();
	}

	private static void respond(SocketChannel connection, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + status + " Fake\r\nContent-Type: application/json\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n";
		connection.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
		connection.write(ByteBuffer.wrap(body));
	}

}
