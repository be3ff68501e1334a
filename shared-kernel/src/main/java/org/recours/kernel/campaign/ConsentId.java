package org.recours.kernel.campaign;

import java.util.Objects;
import java.util.UUID;

/**
 * A member's consent to join, by reference: its date, channel and withdrawal are the consumer's personal data and
 * live in the consent register beside the personal-data vault, never in events (docs/adr/0002, 0009).
 */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
