package org.recours.query.reminders;

import java.util.regex.Pattern;

/**
 * SMTP servers quote the recipient in their refusals ("550 5.1.1 &lt;camille@example.org&gt;: Recipient address
 * rejected"). Logs and the outbox's last error outlive a consumer's erasure, so the address is masked before either
 * keeps the text.
 */
public final class EmailAddresses {

    static final String MASK = "[adresse masquée]";
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)*");

    private EmailAddresses() {}

    public static String masked(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll(MASK);
    }
}
