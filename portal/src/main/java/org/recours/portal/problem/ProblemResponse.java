package org.recours.portal.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem (JSON, so UTF-8 by definition) written straight to the response, for the refusals made where Spring MVC's problem handling
 * does not reach: servlet filters, the security entry point, Tomcat's error report, requests no controller took.
 */
public final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {}

    /** {@code type} is the last part of {@code /problems/…}. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, "/problems/" + type, title, detail, null);
    }

    static void write(
            HttpServletResponse response, int status, String typeUri, String title, String detail, String instance)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", typeUri);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
