package org.recours.portal.web;

import java.util.Locale;
import org.recours.kernel.casefile.FrenchGrammar;
import org.springframework.stereotype.Component;

/**
 * Names put into the pages' sentences ({@code ${@names.mediator(m.mediator(), #locale)}}): a mediator whose name
 * already says what it is is not announced twice ("Le Médiateur du e-commerce…", not "Le médiateur Médiateur du
 * e-commerce…"), and French gives it its article ({@link FrenchGrammar}).
 */
@Component("names")
public class Names {

    /** The mediator as the subject of a sentence. */
    public String mediator(String name, Locale locale) {
        var named = name == null ? "" : name.strip();
        var saysWhatItIs = named.toLowerCase(Locale.ROOT).matches("^(le |la |l')?(m[ée]diat|mediat|ombuds).*");
        if ("fr".equals(locale.getLanguage())) {
            return saysWhatItIs ? FrenchGrammar.capitalised(FrenchGrammar.withArticle(named)) : "Le médiateur " + named;
        }
        return saysWhatItIs ? named : "The mediator " + named;
    }
}
