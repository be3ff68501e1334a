package org.recours.portal.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the application and PostgreSQL that a test can cut and restore: the database "stops"
 * for this application alone, while the shared server goes on serving the other tests.
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private volatile ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        listen(server);
    }

    public int port() {
        return port;
    }

    /**
     * Drops every connection and refuses new ones, as a stopped server would: the listening socket is closed, so a
     * connection attempt meets "connection refused" at once.
     */
    public synchronized void cut() {
        cut = true;
        closeQuietly(server);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() throws IOException {
        if (cut) {
            var again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server = again;
            cut = false;
            listen(again);
        }
    }

    private void listen(ServerSocket listening) {
        var acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                var upstream = new Socket(targetHost, targetPort);
                // a cut that came while the upstream connection was opening must drop this pair too, or it would
                // stay connected through the "stopped" database (ReadinessIT saw readiness stay UP)
                synchronized (this) {
                    if (cut) {
                        closeQuietly(client);
                        closeQuietly(upstream);
                        continue;
                    }
                    open.add(client);
                    open.add(upstream);
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
