package io.cryptoviz.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of Redis that can lose a reply in transit: the command has run in
 * Redis, the client never hears of it, and the connection breaks, as on a real network
 * failure.
 */
public final class CuttingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicBoolean cutOnNextReply = new AtomicBoolean();

	private final AtomicInteger cuts = new AtomicInteger();

	public CuttingProxy(String host, int port) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofPlatform().daemon().name("proxy-accept").start(() -> accept(host, port));
	}

	public String uri() {
		return "redis://127.0.0.1:" + this.server.getLocalPort();
	}

	/** Drops the next reply any connection receives and breaks that connection. */
	public void cutOnNextReply() {
		this.cutOnNextReply.set(true);
	}

	/** Replies lost so far. */
	public int cuts() {
		return this.cuts.get();
	}

	private void accept(String host, int port) {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket redis = new Socket(host, port);
				this.sockets.add(client);
				this.sockets.add(redis);
				Thread.ofPlatform().daemon().start(() -> pump(client, redis, false));
				Thread.ofPlatform().daemon().start(() -> pump(redis, client, true));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to, boolean replies) {
		byte[] buffer = new byte[64 * 1024];
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				if (replies && this.cutOnNextReply.compareAndSet(true, false)) {
					this.cuts.incrementAndGet();
					return;
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// the other direction broke or the proxy closed: the connection is gone
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
