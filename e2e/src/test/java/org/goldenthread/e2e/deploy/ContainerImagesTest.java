package org.goldenthread.e2e.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each service module's Dockerfile packages the jar ./run starts, as a non-root container that checks its own health. */
class ContainerImagesTest {

    static Stream<String> modules() {
        return Services.modules();
    }

    @Test
    void theServiceModulesAreFoundFromTheBuild() {
        assertTrue(Services.MODULES.containsAll(List.of("gateway", "plans-service", "tracking-service", "monitoring-service")),
                "the root pom's modules built with quarkus-maven-plugin include the four services: " + Services.MODULES);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void imageRunsTheFastJarThatRunStarts(String module) {
        Dockerfile docker = Services.dockerfile(module).orElseThrow(() -> new AssertionError(module + "/Dockerfile is missing"));
        String copies = String.join("\n", docker.all("COPY"));
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/",
                "target/quarkus-app/quarkus-run.jar")) {
            assertTrue(copies.contains(part), module + "/Dockerfile copies " + part + " (the fast-jar layout)");
        }
        String entrypoint = docker.last("ENTRYPOINT");
        assertTrue(entrypoint != null && entrypoint.contains("quarkus-run.jar"), module + " starts quarkus-run.jar: " + entrypoint);
        assertTrue(entrypoint.contains("exec java"), module + " execs java so the JVM gets SIGTERM: " + entrypoint);
        String jvmOptions = docker.environment().getOrDefault("JAVA_OPTS", "");
        assertTrue(jvmOptions.contains("-XX:MaxRAMPercentage="), module + " sizes the heap from the container's memory: " + jvmOptions);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void imageRunsAsANonRootUser(String module) {
        Dockerfile docker = Services.dockerfile(module).orElseThrow();
        String user = docker.last("USER");
        assertTrue(user != null, module + "/Dockerfile sets USER");
        String name = user.split(":")[0];
        assertFalse(name.equals("root") || name.equals("0"), module + " runs as " + user);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void imageExposesAndChecksTheServicesOwnPortAndLivenessPath(String module) {
        ServiceConfiguration config = Services.config(module);
        Dockerfile docker = Services.dockerfile(module).orElseThrow();
        Map<String, String> env = docker.environment();
        int port = Integer.parseInt(env.getOrDefault("QUARKUS_HTTP_PORT", Integer.toString(config.httpPort())));
        assertEquals(config.httpPort(), port, module + ": the image's QUARKUS_HTTP_PORT is the service's configured port");
        assertTrue(docker.exposedPorts().contains(port), module + " EXPOSEs " + port + ", not only " + docker.exposedPorts());

        String healthcheck = docker.last("HEALTHCHECK");
        assertTrue(healthcheck != null, module + "/Dockerfile has a HEALTHCHECK");
        HttpCheck check = HttpCheck.in(healthcheck).orElseThrow(() -> new AssertionError(
                module + ": the HEALTHCHECK is not an HTTP request to localhost: " + healthcheck));
        assertEquals(config.livenessPath(), check.path(), module + " checks the liveness endpoint");
        assertEquals(config.healthPort(), check.portIn(env), module + " checks the port health is served on");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyVariableTheImageSetsIsOneTheServiceReads(String module) {
        Dockerfile docker = Services.dockerfile(module).orElseThrow();
        EnvironmentNames readable = Services.readable(module);
        List<String> unread = new ArrayList<>();
        docker.environment().keySet().stream()
                .filter(name -> !name.equals("LANG") && !readable.reads(name))
                .forEach(unread::add);
        assertTrue(unread.isEmpty(), module + "/Dockerfile sets " + unread + ", which the service does not read; it reads "
                + readable);
    }
}
