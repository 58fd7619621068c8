package io.cryptoviz.testsupport.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Asks a Docker engine whether it has the given images, pulling the missing ones, and
 * gives up when a deadline passes.
 * <p>
 * Testcontainers keeps retrying a pull that cannot succeed for minutes per image; an
 * engine that runs but cannot reach its registry must not cost the tests that.
 */
final class DockerImages {

	// Looking an image up takes milliseconds; an engine slower than this is not one to
	// run tests on.
	private static final Duration INSPECT_TIMEOUT = Duration.ofSeconds(2);

	private final DockerEngine engine;

	private final Duration budget;

	/**
	 * @param engine where to ask
	 * @param budget how long the whole check, pulls included, may take
	 */
	DockerImages(DockerEngine engine, Duration budget) {
		this.engine = engine;
		this.budget = budget;
	}

	/**
	 * Whether the engine has every image, or had the missing ones pulled within the
	 * budget.
	 * @param images image references such as {@code redis:7-alpine}
	 * @return the answer and why, worded to follow "Test Redis: ... ("
	 */
	Readiness check(List<String> images) {
		long deadline = System.nanoTime() + this.budget.toNanos();
		List<String> missing = new ArrayList<>();
		try {
			for (String image : images) {
				if (!isPresent(image, deadline)) {
					missing.add(image);
				}
			}
		}
		catch (IOException ex) {
			return new Readiness(false,
					"no answer from the Docker engine at " + this.engine.uri() + ": " + ex.getMessage());
		}
		for (String image : missing) {
			String failure = pull(image, deadline);
			if (failure != null) {
				return new Readiness(false, "Docker is running but " + image + " is not present and " + failure);
			}
		}
		List<String> present = images.stream().filter((image) -> !missing.contains(image)).toList();
		return new Readiness(true, "Docker is running" + (present.isEmpty() ? "" : " and has " + listed(present))
				+ (missing.isEmpty() ? "" : " and pulled " + listed(missing)));
	}

	private boolean isPresent(String image, long deadline) throws IOException {
		Duration timeout = min(INSPECT_TIMEOUT, remaining(deadline));
		int status = exchange("GET /images/" + image + "/json", timeout);
		return switch (status) {
			case 200 -> true;
			case 404 -> false;
			default -> throw new IOException("HTTP " + status + " when looking up " + image);
		};
	}

	/** Why the image could not be pulled, or {@code null} once it is there. */
	private @Nullable String pull(String image, long deadline) {
		try {
			String reference = URLEncoder.encode(image, StandardCharsets.UTF_8);
			int status = exchange("POST /images/create?fromImage=" + reference, remaining(deadline));
			if (status != 200) {
				return "could not be pulled (the engine answered HTTP " + status + ")";
			}
			// A failed pull can still answer 200, with the error inside the progress
			// stream.
			return isPresent(image, deadline) ? null : "could not be pulled (the pull ended without it)";
		}
		catch (SocketTimeoutException ex) {
			return "could not be pulled in " + this.budget.toSeconds() + " s";
		}
		catch (IOException ex) {
			return "could not be pulled: " + ex.getMessage();
		}
	}

	/**
	 * Sends a request without a body and reads the response to its end.
	 * @return the HTTP status
	 * @throws SocketTimeoutException when the timeout passes first
	 */
	private int exchange(String request, Duration timeout) throws IOException {
		if (!timeout.isPositive()) {
			throw new SocketTimeoutException("no time left to ask");
		}
		try (SocketChannel channel = this.engine.openChannel()) {
			// Blocking channels have no read timeout, but closing one wakes any thread
			// blocked on it.
			Thread watchdog = Thread.ofVirtual().start(() -> closeAfter(timeout, channel));
			try {
				channel.connect(this.engine.address());
				String head = request + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n";
				channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
				InputStream response = Channels.newInputStream(channel);
				int status = status(response);
				response.transferTo(OutputStream.nullOutputStream());
				return status;
			}
			catch (ClosedChannelException ex) {
				throw new SocketTimeoutException("no answer within " + timeout.toMillis() + " ms");
			}
			finally {
				watchdog.interrupt();
			}
		}
	}

	private static int status(InputStream response) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int next = response.read(); next != -1 && next != '\n'; next = response.read()) {
			line.append((char) next);
		}
		String[] parts = line.toString().split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
			throw new IOException("not an HTTP response: " + line.toString().strip());
		}
		return Integer.parseInt(parts[1]);
	}

	private static void closeAfter(Duration timeout, SocketChannel channel) {
		try {
			Thread.sleep(timeout);
			channel.close();
		}
		catch (InterruptedException | IOException ex) {
			// Interrupted: the exchange finished in time. IOException: closing anyway.
		}
	}

	private static Duration remaining(long deadline) {
		return Duration.ofNanos(deadline - System.nanoTime());
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String listed(List<String> images) {
		return String.join(" and ", images);
	}

	/**
	 * @param ready whether Testcontainers can start its containers without pulling
	 * @param reason why, for the one line that names the chosen Redis
	 */
	record Readiness(boolean ready, String reason) {
	}

}
