package org.goldenthread.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.goldenthread.devstack.GoldenThreadSystem;
import org.goldenthread.devstack.Ports;
import org.goldenthread.devstack.ServiceProcess;
import org.goldenthread.devstack.SystemSettings;

/**
 * The packaged Golden Thread on this machine for one scenario: devstack's PostgreSQL and Kafka, and the four
 * services' {@code quarkus-run.jar}s as child processes on free ports, configured only through environment variables
 * as a deployment would configure them. The services run with {@link SystemSettings#SERVICE_JVM_DEFAULTS} (full JIT,
 * unlike the tests' C1-only settings). The gateway's default rate limit is raised far above any benchmark rate, so a
 * scenario measures the gateway's work, not its refusals. Logs and data stay under the data directory.
 */
public final class BenchSystem implements AutoCloseable {

    public static final List<String> MODULES = List.of("gateway", "plans-service", "tracking-service",
            "monitoring-service");

    private final GoldenThreadSystem system;
    private final Path dataDirectory;
    private final Path projectRoot;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchSystem(GoldenThreadSystem system, Path projectRoot, Path dataDirectory) {
        this.system = system;
        this.projectRoot = projectRoot;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts everything and waits until each service is ready. {@code extraEnvironment} adds settings per service
     * ({@code gateway}, {@code plans}, {@code tracking}, {@code monitoring}).
     */
    public static BenchSystem start(Path projectRoot, Path dataDirectory, Map<String, Map<String, String>> extraEnvironment,
            Progress progress) {
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            Path jar = ServiceProcess.jarOf(projectRoot, module);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            } else {
                progress.say("using " + projectRoot.relativize(jar) + " built " + modified(jar));
            }
        }
        if (!missing.isEmpty()) {
            throw new ScenarioFailed("the services are not packaged: " + missing
                    + " missing; run: cd " + projectRoot + " && ./mvnw -q -DskipTests package");
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemSettings settings = new SystemSettings(projectRoot, dataDirectory, false, Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), SystemSettings.SERVICE_JVM_DEFAULTS);
        GoldenThreadSystem system = new GoldenThreadSystem(settings);
        Map<String, Map<String, String>> environment = new LinkedHashMap<>();
        environment.put("gateway", new LinkedHashMap<>(Map.of(
                "GOLDENTHREAD_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "100000",
                "GOLDENTHREAD_GATEWAY_RATE_LIMIT_BURST", "200000")));
        extraEnvironment.forEach((service, env) -> environment.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(env));
        environment.forEach(system::withEnvironment);
        BenchSystem bench = new BenchSystem(system, projectRoot, dataDirectory);
        Thread stopper = new Thread(bench::closeQuietly, "bench-system-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        progress.say("starting PostgreSQL, Kafka and the four services (data and logs in " + dataDirectory + ")");
        long started = System.nanoTime();
        try {
            system.start(Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            bench.closeQuietly();
            throw new ScenarioFailed("the system did not start: " + e.getMessage() + " (logs in " + system.logs() + ")", e);
        }
        progress.say(String.format(java.util.Locale.ROOT, "system ready in %.1f s: gateway %s, plans %s, tracking %s",
                (System.nanoTime() - started) / 1e9, system.gateway(), system.service("plans").url(),
                system.service("tracking").url()));
        return bench;
    }

    /** A fresh data directory under {@code bench/target}. */
    public static Path defaultDataDirectory(Path projectRoot, String scenario) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return projectRoot.resolve("bench/target/scenarios").resolve(scenario + "-" + stamp);
    }

    /**
     * The project root: {@code explicit} when given, otherwise the first of the working directory and its parents
     * that holds both {@code bench/} and {@code plans-service/}.
     */
    public static Path projectRoot(String explicit) {
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bench")) && Files.isDirectory(p.resolve("plans-service"))) {
                return p;
            }
        }
        throw new ScenarioFailed("cannot find the project root from " + dir + "; give --project-root");
    }

    private static String modified(Path jar) {
        try {
            // quarkus-run.jar is a small launcher; the application itself is in quarkus-app/app/*.jar
            Path app = jar.getParent().resolve("app");
            FileTime time = Files.getLastModifiedTime(Files.isDirectory(app) ? newest(app) : jar);
            return time.toInstant().toString();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Path newest(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.max((a, b) -> {
                try {
                    return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                } catch (IOException e) {
                    return 0;
                }
            }).orElse(dir);
        }
    }

    public GoldenThreadSystem system() {
        return system;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public URI gateway() {
        return system.gateway();
    }

    /** A service's own base URL: {@code plans}, {@code tracking}, {@code monitoring}. */
    public URI service(String name) {
        return system.service(name).url();
    }

    /** The admin client's token, for the registry. */
    public Api.AccessToken adminToken(Api gatewayApi) {
        return gatewayApi.clientToken(GoldenThreadSystem.ADMIN_CLIENT_ID, system.adminClientSecret());
    }

    /**
     * An internal token for calling a service directly, renewed in the background: each lives five minutes, the
     * longest the gateway gives, and is signed with the gateway's current key.
     */
    public RenewingToken internalToken(String subject, Collection<String> roles, UUID trustId, Collection<UUID> schoolIds) {
        Path keys = dataDirectory.resolve("gateway-keys");
        Duration lifetime = Duration.ofMinutes(5);
        return new RenewingToken("internal-" + subject, () -> {
            long now = System.nanoTime();
            String token = InternalTokens.fromKeyDirectory(keys).token(subject, roles, trustId, schoolIds, lifetime);
            return new Api.AccessToken(token, now + lifetime.toNanos());
        });
    }

    public String jdbcUrl(String database) {
        return system.postgres().jdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return system.kafka().bootstrapServers();
    }

    private void closeQuietly() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            system.close();
        } catch (RuntimeException e) {
            System.err.println("stopping the system: " + e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
