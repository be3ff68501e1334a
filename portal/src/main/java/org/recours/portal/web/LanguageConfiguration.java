package org.recours.portal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The staff pages speak French unless a staff member chose English with the switch in the header ({@code ?lang=en}),
 * a choice kept in a cookie. The browser's Accept-Language is not followed: the association works in French, its
 * letters, evidence and legal vocabulary are French, and a staff member on a browser set up in English (a shared or
 * managed computer) should not find the pages in another language than their colleagues' without asking for it.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("recours-lang");
        resolver.setDefaultLocaleFunction(request -> Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            /**
             * Only a GET asks for a language: a form's POST is not read here, so that a multipart body is still
             * parsed where the controller decides (its size limit answered as the API or page says).
             */
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                return !"GET".equals(request.getMethod()) || super.preHandle(request, response, handler);
            }

            @Override
            protected Locale parseLocaleValue(String value) {
                return LANGUAGES.stream()
                        .filter(language -> language.getLanguage().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unsupported language " + value));
            }
        };
        change.setParamName(PARAMETER);
        change.setHttpMethods("GET");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
