package org.recours.portal.casefile;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list as each staff member last left it: the view ({@code handler}: their own cases, every case, a
 * supervisors' queue) and the filters, so that the list comes back the same at their next visit, whichever browser or
 * computer they sign in from. The free-text search and the page are not kept: a search is a question of the moment
 * (and often a consumer's name, which has no place in a preference).
 */
@Component
class CaseListViews {

    /** The parameters of the list that make a view; their order is the order they are written in. */
    static final List<String> KEPT = List.of("handler", "status", "category", "company", "staff", "branch", "deadline");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseListViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The view the staff member left the list on, if they ever chose one. */
    Optional<Map<String, String>> last(String login) {
        return jdbc
                .queryForList("SELECT filters FROM case_list_view WHERE staff_login = ?", String.class, login)
                .stream()
                .findFirst()
                .map(CaseListViews::decode);
    }

    /** Remembers the view of the list as it was just asked for (written only when it changed). */
    void remember(String login, Map<String, String> asked) {
        var view = new LinkedHashMap<String, String>();
        for (var key : KEPT) {
            var value = asked.get(key);
            if (key.equals("handler") ? value != null : value != null && !value.isBlank()) {
                view.put(key, value.strip());
            }
        }
        var encoded = encode(view);
        if (last(login).map(CaseListViews::encode).filter(encoded::equals).isPresent()) {
            return;
        }
        jdbc.update("""
                INSERT INTO case_list_view (staff_login, filters, saved_at) VALUES (?, ?, ?)
                ON CONFLICT (staff_login) DO UPDATE SET filters = EXCLUDED.filters, saved_at = EXCLUDED.saved_at""", login, encoded, Timestamp.from(clock.instant()));
    }

    static String encode(Map<String, String> view) {
        return view.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String stored) {
        var view = new LinkedHashMap<String, String>();
        for (var pair : stored.split("&")) {
            var at = pair.indexOf('=');
            if (at > 0 && KEPT.contains(pair.substring(0, at))) {
                view.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return view;
    }
}
