package org.recours.portal.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The header's link to the page in the other language: the same address and filters, with {@code lang}. */
@Component("languageSwitch")
public class LanguageSwitch {

    /** The language the link offers: English on a French page, French on an English one. */
    public Locale other() {
        return isEnglish() ? Locale.FRENCH : Locale.ENGLISH;
    }

    public String href() {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var request = attributes.getRequest();
        var path = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        var query = path == null
                ? request.getQueryString()
                : (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        return UriComponentsBuilder.fromPath(path == null ? request.getRequestURI() : path)
                .query(query)
                .replaceQueryParam(LanguageConfiguration.PARAMETER, other().getLanguage())
                .build()
                .toUriString();
    }

    private static boolean isEnglish() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
