# syntax=docker/dockerfile:1
# Recours: built from source with the Maven wrapper, run on a JRE as an unprivileged user.
# The image has the Axon Server connector (Maven profile axonserver): AXON_AXONSERVER_ENABLED=true switches to it.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY shared-kernel/ shared-kernel/
COPY event-json/ event-json/
COPY command-side/ command-side/
COPY query-side/ query-side/
COPY testing/ testing/
COPY platform/ platform/
COPY portal/ portal/
COPY bench/ bench/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -Paxonserver -pl portal -am package -DskipTests \
    && cp portal/target/recours.jar /recours.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 recours \
    && useradd --system --uid 10001 --gid recours --home-dir /var/lib/recours --shell /usr/sbin/nologin recours \
    && mkdir -p /var/lib/recours /opt/recours \
    && chown recours:recours /var/lib/recours
COPY --from=build /recours.jar /opt/recours/recours.jar
USER 10001:10001
WORKDIR /var/lib/recours
# signing key and, without a database, the embedded one: keep /var/lib/recours on a volume; the heap: ADR 27
ENV RECOURS_DATA_DIR=/var/lib/recours \
    JAVA_TOOL_OPTIONS="-Xmx256m -Daxoniq.update-checker.disabled=true"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/opt/recours/recours.jar"]
