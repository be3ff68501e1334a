package org.recours.kernel.campaign;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;

/** A campaign's reference, in the alphabet of case references (see {@code CaseId}): {@code CP-7K2M-9QXD}. */
public record CampaignId(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("CP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    public CampaignId {
        Objects.requireNonNull(value, "campaign id");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidCaseData("campaignId", RefusalText.of("check.campaign-id", value));
        }
    }

    public static CampaignId generate(RandomGenerator random) {
        var id = new StringBuilder("CP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CampaignId(id.toString());
    }

    /** Accepts lower case too, as staff type it. */
    public static CampaignId parse(String text) {
        return new CampaignId(Objects.requireNonNull(text, "campaign id").trim().toUpperCase());
    }

    @Override
    public String toString() {
        return value;
    }
}
