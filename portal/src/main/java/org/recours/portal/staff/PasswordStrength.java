package org.recours.portal.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;

/**
 * Refuses passwords an attacker guesses first: common passwords, words, keyboard walks, repeats and sequences, and
 * the owner's own login or name. The estimate is nbvcxz's (zxcvbn's approach with its maintained word lists): a
 * password must need at least 2^35 guesses, its default minimum.
 */
final class PasswordStrength {

    private PasswordStrength() {}

    static void require(String password, String login, String fullName) {
        var ownWords = new ArrayList<String>(List.of("recours", login));
        if (fullName != null) {
            ownWords.addAll(Arrays.stream(fullName.toLowerCase().split("[^\\p{L}]+"))
                    .filter(w -> w.length() > 2)
                    .toList());
        }
        var dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new DictionaryBuilder()
                .setDictionaryName("own-words")
                .setExclusion(true)
                .addWords(ownWords.stream().map(String::toLowerCase).toList(), 0)
                .createDictionary());
        var configuration =
                new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration();
        if (!new Nbvcxz(configuration).estimate(password).isMinimumEntropyMet()) {
            throw new InvalidCaseData("newPassword", RefusalText.of("check.password-guessable"));
        }
    }
}
