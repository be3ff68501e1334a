package org.recours.portal.problem;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses some requests before any of the application's code runs (a path with an encoded null byte or
 * slash, bytes that are not UTF-8) and answers them with its own HTML page. Under {@code /api/} they get an RFC 9457
 * problem instead, like every other refusal of the API.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiProblemsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as a problem for the API's paths and as Tomcat's page elsewhere. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            var uri = request.getRequestURI();
            if (status < 400
                    || response.isCommitted()
                    || response.getContentWritten() > 0
                    || uri == null
                    || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            try {
                ProblemResponse.write(
                        response,
                        status,
                        "malformed-request",
                        "Requête illisible",
                        "La requête est mal formée (adresse avec un caractère nul, une barre oblique encodée ou des "
                                + "octets hors UTF-8) ; rien n'a été enregistré.");
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                super.report(request, response, throwable);
            }
        }
    }
}
