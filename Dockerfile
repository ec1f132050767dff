# ---- build ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY src/ src/

# -Dproduction-image leaves the embedded PostgreSQL's native binaries out of the jar: in a container the
# database is always an external server given by DATABASE_URL.
# Vaadin reuses the committed src/main/bundles/prod.bundle, so Node is only fetched if the frontend changed.
RUN ./mvnw -B -Dproduction-image -DskipTests package

# ---- runtime ----
FROM eclipse-temurin:25-jre
WORKDIR /app

# The directory is created and chowned in the image because Docker seeds a new, empty named volume from it,
# ownership included; the app user can then write uploads without running as root.
RUN groupadd --gid 10001 sorriso \
    && useradd --uid 10001 --gid sorriso --home-dir /app --no-create-home --shell /usr/sbin/nologin sorriso \
    && mkdir -p /app/data/uploads \
    && chown -R sorriso:sorriso /app/data

COPY --from=build /build/target/sorriso.jar /app/sorriso.jar

ENV SPRING_PROFILES_ACTIVE=prod \
    SORRISO_UPLOAD_DIR=/app/data/uploads

# Numeric, so platforms that enforce "run as non-root" can check it without reading /etc/passwd.
USER 10001:10001

# The app reads PORT itself (server.port=${PORT:8080}); 8080 is the default.
EXPOSE 8080

# Size the heap from the container's memory limit rather than the host's.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sorriso.jar"]
