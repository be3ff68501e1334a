package org.recours.kernel.casefile;

import java.util.Objects;
import java.util.UUID;

/** Points at the consumer's personal data, which lives outside the events so that it stays erasable. */
public record ConsumerId(UUID value) {

    public ConsumerId {
        Objects.requireNonNull(value, "consumer id");
    }

    public static ConsumerId generate() {
        return new ConsumerId(UUID.randomUUID());
    }

    public static ConsumerId parse(String text) {
        try {
            return new ConsumerId(UUID.fromString(Require.text("consumerId", text, 36)));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseData("consumerId", RefusalText.of("check.consumer-id", text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
