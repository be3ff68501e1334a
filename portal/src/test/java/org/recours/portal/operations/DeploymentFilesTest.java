package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml and the Dockerfile, read as an engine would (no Docker engine runs here). */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Map<String, Object> compose = yaml("docker-compose.yml");
    private final String dockerfile = read("Dockerfile");

    @Test
    void composeRunsPostgresqlMailpitAndTheApplicationWithAxonServerBehindAProfile() {
        assertThat(services()).containsOnlyKeys("postgres", "mailpit", "app", "axonserver");
        assertThat(service("axonserver").get("profiles")).isEqualTo(List.of("axonserver"));
        for (var always : List.of("postgres", "mailpit", "app")) {
            assertThat(service(always)).as(always).doesNotContainKey("profiles");
        }
        assertThat((String) service("axonserver").get("image")).startsWith("axoniq/axonserver:");
        assertThat(env("app"))
                .containsKey("AXON_AXONSERVER_ENABLED")
                .containsEntry("AXON_AXONSERVER_SERVERS", "axonserver:8124");
    }

    @Test
    void everyServiceKeepsItsDataInANamedVolumeThatSurvivesDownAndUp() {
        @SuppressWarnings("unchecked")
        var declared = ((Map<String, Object>) compose.get("volumes")).keySet();
        assertThat(mounts("postgres")).containsValue("/var/lib/postgresql/data");
        assertThat(mounts("app")).containsValue("/var/lib/recours");
        assertThat(mounts("mailpit")).containsValue("/data");
        assertThat(mounts("axonserver")).containsValues("/axonserver/data", "/axonserver/events");
        for (var service : services().keySet()) {
            assertThat(declared)
                    .as("named volumes of " + service)
                    .containsAll(mounts(service).keySet());
        }
        assertThat(env("app").get("RECOURS_DATA_DIR")).as("set by the image").isNull();
        assertThat(dockerfile).contains("RECOURS_DATA_DIR=/var/lib/recours");
    }

    @Test
    void theApplicationTalksToTheComposeDatabaseAndWaitsForIt() {
        var postgres = env("postgres");
        var app = env("app");
        assertThat(app.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(app.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
        @SuppressWarnings("unchecked")
        var dependsOn = (Map<String, Map<String, String>>) service("app").get("depends_on");
        assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        @SuppressWarnings("unchecked")
        var healthcheck = (Map<String, Object>) service("app").get("healthcheck");
        assertThat(healthcheck.get("test").toString()).contains("/actuator/health/readiness");
        assertThat(service("postgres")).containsKey("healthcheck");
    }

    @Test
    void everySettingComposeGivesTheApplicationIsDocumented() {
        var documentation = read("docs/configuration.md");
        for (var variable : env("app").keySet()) {
            assertThat(documentation)
                    .as("docs/configuration.md names " + variable)
                    .contains("`" + variable + "`");
        }
        Pattern.compile("\\$\\{([A-Z_]+)")
                .matcher(read("docker-compose.yml"))
                .results()
                .map(match -> match.group(1))
                .forEach(variable -> assertThat(documentation)
                        .as("docs/configuration.md names compose's " + variable)
                        .contains("`" + variable + "`"));
    }

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsOnAJreAsAnUnprivilegedUserWithAReadinessHealthCheck() {
        var stages = dockerfile.split("(?m)^FROM ");
        assertThat(stages).as("multi-stage").hasSize(3);
        var build = stages[1];
        var run = stages[2];
        assertThat(build).contains("./mvnw").contains("-Paxonserver").contains("package");
        assertThat(run.lines().findFirst().orElseThrow()).contains("-jre");
        var user = Pattern.compile("(?m)^USER (\\S+)").matcher(run);
        assertThat(user.find()).as("USER in the final stage").isTrue();
        assertThat(user.group(1))
                .doesNotStartWith("root")
                .doesNotStartWith("0:")
                .isNotEqualTo("0");
        assertThat(run).containsPattern("(?m)^HEALTHCHECK .*\\n?.*/actuator/health/readiness");
        assertThat(run).contains("EXPOSE 8080");
    }

    @Test
    void theImageBuildCopiesEveryModuleOfTheBuild() {
        var modules = Pattern.compile("<module>([^<]+)</module>")
                .matcher(read("pom.xml"))
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(modules).isNotEmpty();
        for (var module : modules) {
            assertThat(dockerfile).as("Dockerfile copies " + module).contains("COPY " + module + "/ " + module + "/");
        }
        assertThat(read(".dockerignore")).contains("**/target/").contains("data/");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private Map<String, Object> service(String name) {
        return services().get(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> env(String name) {
        var environment = (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
        var values = new java.util.LinkedHashMap<String, String>();
        environment.forEach((key, value) -> values.put(key, defaultOf(String.valueOf(value))));
        return values;
    }

    /** {@code ${VAR:-default}} as compose reads it with VAR unset. */
    private static String defaultOf(String value) {
        var matcher = Pattern.compile("^\\$\\{[A-Z_]+:-(.*)}$").matcher(value);
        return matcher.matches() ? matcher.group(1) : value;
    }

    /** Named volume → path in the container. */
    @SuppressWarnings("unchecked")
    private Map<String, String> mounts(String name) {
        var mounts = new java.util.LinkedHashMap<String, String>();
        for (var volume : (List<String>) service(name).getOrDefault("volumes", List.of())) {
            var parts = volume.split(":");
            if (!parts[0].startsWith(".") && !parts[0].startsWith("/")) {
                mounts.put(parts[0], parts[1]);
            }
        }
        return mounts;
    }

    private static Map<String, Object> yaml(String file) {
        return new Yaml().load(read(file));
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + " at the project's root", e);
        }
    }
}
