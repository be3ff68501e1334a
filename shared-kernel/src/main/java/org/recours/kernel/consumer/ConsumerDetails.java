package org.recours.kernel.consumer;

import java.util.regex.Pattern;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;

/**
 * The consumer's personal data. It never enters an event: it is kept in the {@link PersonalDataVault} under the
 * consumer's id, so that it can be erased on request (GDPR, art. 17) while the case history stays whole.
 * Email, phone and postal address are null when the consumer did not give them. {@code agreedToReminders}: the
 * consumer asked to be told by email when a deadline of their case falls due (it needs an email address).
 */
public record ConsumerDetails(
        String fullName, String email, String phone, String postalAddress, boolean agreedToReminders) {

    public ConsumerDetails(String fullName, String email, String phone, String postalAddress) {
        this(fullName, email, phone, postalAddress, false);
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,25}");

    public ConsumerDetails {
        fullName = Require.text("consumer.fullName", fullName, Require.SHORT_TEXT);
        email = Require.optionalText("consumer.email", email, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidCaseData("consumer.email", RefusalText.of("check.email", email));
        }
        phone = Require.optionalText("consumer.phone", phone, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidCaseData("consumer.phone", RefusalText.of("check.phone", phone));
        }
        postalAddress = Require.optionalText("consumer.postalAddress", postalAddress, 500);
        if (agreedToReminders && email == null) {
            throw new InvalidCaseData("consumer.agreedToReminders", RefusalText.of("check.reminders-email"));
        }
    }
}
