package org.recours.portal.intake;

import java.security.SecureRandom;
import java.util.Base64;
import org.recours.kernel.casefile.Sha256;

/**
 * The secrets of the consumer's links: 256 random bits, URL-safe, of which only the SHA-256 is stored (a copy of the
 * database opens no link). A text that cannot be a token hashes to nothing stored, like an unknown one.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; a text longer than a token is not hashed (it cannot match). */
    static String hash(String token) {
        if (token == null || token.length() > 64) {
            return "-";
        }
        return Sha256.of(token).hex();
    }
}
