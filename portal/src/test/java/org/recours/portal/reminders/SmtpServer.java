package org.recours.portal.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server in the JVM (GreenMail) on a fixed port, that a test can stop and start again: what it received
 * before a stop is kept.
 */
public final class SmtpServer implements AutoCloseable {

    private final int port;
    private final List<MimeMessage> receivedBeforeStops = new ArrayList<>();
    private GreenMail server;

    public SmtpServer() {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public int port() {
        return port;
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    synchronized void stop() {
        receivedBeforeStops.addAll(List.of(server.getReceivedMessages()));
        server.stop();
        server = null;
    }

    /** Every message received so far whose subject contains {@code text}. */
    public synchronized List<MimeMessage> received(String text) {
        var all = new ArrayList<>(receivedBeforeStops);
        if (server != null) {
            all.addAll(List.of(server.getReceivedMessages()));
        }
        return all.stream().filter(message -> subject(message).contains(text)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}
