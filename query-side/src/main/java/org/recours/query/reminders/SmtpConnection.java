package org.recours.query.reminders;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a batch of emails, each handed over on its own so that it can be marked sent before the
 * next: Spring's {@code send(MimeMessage...)} reports only once the whole batch is through, and its one-message
 * {@code send} opens a connection per email (ten times slower here). With Spring's own sender the transport is
 * opened as Spring opens it; with any other sender each email goes through it alone.
 */
abstract class SmtpConnection implements AutoCloseable {

    abstract void send(MimeMessage message) throws MessagingException;

    /** Every email was handed over or marked failed by now: a QUIT that fails changes nothing. */
    @Override
    public abstract void close();

    static SmtpConnection open(JavaMailSender mail) throws MessagingException {
        if (!(mail instanceof JavaMailSenderImpl spring)) {
            return new SmtpConnection() {
                @Override
                void send(MimeMessage message) {
                    mail.send(message);
                }

                @Override
                public void close() {}
            };
        }
        var transport = spring.getSession().getTransport(spring.getProtocol());
        var username = spring.getUsername();
        var password = spring.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        transport.connect(spring.getHost(), spring.getPort(), username, password);
        return new Open(transport);
    }

    private static final class Open extends SmtpConnection {
        private final Transport transport;

        Open(Transport transport) {
            this.transport = transport;
        }

        @Override
        void send(MimeMessage message) throws MessagingException {
            message.saveChanges();
            var recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // see close()
            }
        }
    }
}
