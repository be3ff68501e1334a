package org.recours.portal.reminders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that refuses every recipient the way real ones do, quoting the address in its answer
 * ("550 5.1.1 &lt;…&gt;: Recipient address rejected"): GreenMail accepts everything, so it cannot play this part.
 */
final class RejectingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger refusedRecipients = new AtomicInteger();

    RejectingSmtpServer() throws IOException {
        socket = new ServerSocket(0);
        acceptor = new Thread(this::accept, "rejecting-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int refusedRecipients() {
        return refusedRecipients.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (var client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away or the server closed: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 mx.example.org ESMTP");
        for (var line = in.readLine(); line != null; line = in.readLine()) {
            var command = line.substring(0, Math.min(4, line.length())).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 mx.example.org");
                case "RCPT" -> {
                    refusedRecipients.incrementAndGet();
                    var address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                }
                case "DATA" -> reply(out, "554 5.5.1 No valid recipients");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "250 2.0.0 Ok");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
