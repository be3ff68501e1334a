package org.recours.portal.antivirus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A client of ClamAV's daemon, {@code clamd}, over the protocol its manual documents ({@code man clamd}): one
 * connection per command, {@code z}-prefixed commands ended by a NUL, and {@code INSTREAM} for content: chunks each
 * preceded by their length (4 bytes, network order), a zero length to end, then one reply, {@code stream: OK} or
 * {@code stream: <signature> FOUND}. TCP or a unix socket alike. Each exchange, from connecting to the reply, has one
 * deadline: past it the connection is closed under the waiting call.
 *
 * <p>Written here rather than taken from Maven Central: the clients there are small and unmaintained (fi.solita's
 * 1.0.1, xyz.capybara's 2.1.2 on a Kotlin 1.6 runtime, single releases of their forks), for a protocol of a page.
 */
public final class Clamd {

    /** What clamd said of a content. */
    public sealed interface Verdict {}

    public record Clean() implements Verdict {}

    /** {@code signature}: the name of the signature that matched, as clamd reports it. */
    public record Infected(String signature) implements Verdict {}

    /** clamd answered, but with an error (a stream beyond its StreamMaxLength, a database it cannot read…). */
    public static final class Failed extends IOException {
        public Failed(String reply) {
            super("clamd answered: " + reply);
        }
    }

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "clamd-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<SocketAddress> address;
    private final Duration timeout;

    private Clamd(Supplier<SocketAddress> address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    /** clamd's {@code TCPSocket} at {@code host} (resolved at each connection). */
    public static Clamd tcp(String host, int port, Duration timeout) {
        return new Clamd(() -> new InetSocketAddress(host, port), timeout);
    }

    /** clamd's {@code LocalSocket}. */
    public static Clamd unixSocket(java.nio.file.Path socket, Duration timeout) {
        var address = UnixDomainSocketAddress.of(socket);
        return new Clamd(() -> address, timeout);
    }

    /** The engine's version and, when clamd loaded an official database, its version and date. */
    public String version() throws IOException {
        return exchange("VERSION", null);
    }

    public boolean ping() {
        try {
            return exchange("PING", null).equals("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    public Verdict scan(byte[] content) throws IOException {
        return verdict(exchange("INSTREAM", content));
    }

    static Verdict verdict(String reply) throws Failed {
        if (reply.equals("stream: OK")) {
            return new Clean();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            return new Infected(reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
        }
        throw new Failed(reply);
    }

    private String exchange(String command, byte[] stream) throws IOException {
        var to = address.get();
        try (var channel = to instanceof UnixDomainSocketAddress
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open()) {
            var expired = new AtomicBoolean();
            var deadline = DEADLINES.schedule(
                    () -> {
                        expired.set(true);
                        try {
                            channel.close();
                        } catch (IOException ignored) {
                            // closing is all that is wanted
                        }
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                channel.connect(to);
                write(channel, ByteBuffer.wrap(("z" + command + "\0").getBytes(StandardCharsets.US_ASCII)));
                if (stream != null) {
                    send(channel, stream);
                }
                return reply(channel);
            } catch (ClosedChannelException e) {
                if (expired.get()) {
                    throw new SocketTimeoutException("clamd did not answer within " + timeout.toMillis() + " ms");
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private static void send(SocketChannel channel, byte[] content) throws IOException {
        var length = ByteBuffer.allocate(4);
        try {
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int size = Math.min(CHUNK, content.length - offset);
                write(channel, length.clear().putInt(size).flip());
                write(channel, ByteBuffer.wrap(content, offset, size));
            }
            write(channel, length.clear().putInt(0).flip());
        } catch (ClosedChannelException e) {
            throw e;
        } catch (IOException refused) {
            // clamd stops reading a stream beyond its StreamMaxLength and says why before closing: read it
            var reply = reply(channel);
            throw reply.isEmpty() ? refused : new Failed(reply);
        }
    }

    private static void write(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String reply(SocketChannel channel) throws IOException {
        var reply = new ByteArrayOutputStream();
        var buffer = ByteBuffer.allocate(512);
        while (reply.size() < MAX_REPLY) {
            buffer.clear();
            if (channel.read(buffer) < 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == 0) {
                    return reply.toString(StandardCharsets.US_ASCII).strip();
                }
                reply.write(b);
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
