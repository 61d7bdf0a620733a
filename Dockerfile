# The registry as one container image.
#   docker build -t foreign-affairs-registry .
#   docker compose up            (MongoDB replica set + registry + Prometheus, see docker-compose.yml)
# Without REGISTRY_MONGODB_URI the container runs the embedded store in /var/lib/registry.

# ---- build ------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# POMs first: the dependency download below stays cached until a POM changes.
COPY pom.xml ./
COPY registry-api/pom.xml registry-api/
COPY projections/pom.xml projections/
COPY registry-app/pom.xml registry-app/
COPY registry-bench/pom.xml registry-bench/
# Only warms the local repository (the reactor's own modules are skipped); whatever it
# misses, the package step below downloads, so a miss here must not stop the build.
RUN mvn -B -q dependency:go-offline \
    || echo "dependency:go-offline incomplete; the package step will download the rest"

COPY registry-api/src registry-api/src
COPY projections/src projections/src
COPY registry-app/src registry-app/src
# Only the application: the benchmark module (registry-bench) is not part of the image.
RUN mvn -B -DskipTests -pl registry-app -am package

# ---- run --------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 registry \
    && useradd --system --uid 10001 --gid registry --home-dir /var/lib/registry --no-create-home \
       --shell /usr/sbin/nologin registry \
    && mkdir -p /opt/registry /var/lib/registry \
    && chown registry:registry /var/lib/registry

COPY --from=build /build/registry-app/target/registry-app.jar /opt/registry/registry-app.jar

# Embedded store (used only when REGISTRY_MONGODB_URI is empty) lives in the volume.
# AXONIQ_UPDATE_CHECKER_DISABLED: Axon Framework would otherwise try to report usage to
# AxonIQ's servers on start-up; a government registry makes no such calls.
ENV REGISTRY_DATA_DIR=/var/lib/registry \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/var/lib/registry"]

USER registry
WORKDIR /var/lib/registry
EXPOSE 8080

# The JRE image has no curl or wget: bash's /dev/tcp asks the (unauthenticated) health
# endpoint. Assumes the default server.port 8080.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

ENTRYPOINT ["java", "-jar", "/opt/registry/registry-app.jar"]
