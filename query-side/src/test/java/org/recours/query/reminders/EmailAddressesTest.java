package org.recours.query.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void anSmtpRefusalKeepsItsReasonButNotTheAddressItQuotes() {
        assertThat(EmailAddresses.masked("550 5.1.1 <camille.o'brien+rappels@mail.example.org>: Recipient address"
                        + " rejected: User unknown"))
                .isEqualTo("550 5.1.1 <[adresse masquée]>: Recipient address rejected: User unknown");
    }

    @Test
    void textWithoutAnAddressIsKeptAsItIs() {
        assertThat(EmailAddresses.masked("Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1"))
                .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1");
        assertThat(EmailAddresses.masked(null)).isNull();
    }
}
