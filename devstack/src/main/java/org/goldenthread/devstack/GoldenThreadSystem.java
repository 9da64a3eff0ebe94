package org.goldenthread.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The whole of Golden Thread on one machine: PostgreSQL with a database per service, a Kafka
 * broker, and the four packaged services as child processes configured only through environment
 * variables, as docker-compose or Kubernetes would configure them.
 */
public final class GoldenThreadSystem implements AutoCloseable {
    public static final List<String> DATABASES = List.of("gateway", "plans", "tracking", "monitoring");
    public static final String ADMIN_CLIENT_ID = "platform-admin";

    private final SystemSettings settings;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraEnvironment = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaServer kafka;
    private Properties secrets;

    public GoldenThreadSystem(SystemSettings settings) {
        this.settings = settings;
    }

    public SystemSettings settings() {
        return settings;
    }

    /**
     * Extra environment for one service ("gateway", "plans", "tracking", "monitoring"), e.g. a
     * benchmark's higher rate limit. Call before {@link #start}.
     */
    public GoldenThreadSystem withEnvironment(String service, Map<String, String> environment) {
        extraEnvironment.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(environment);
        return this;
    }

    /** Starts the infrastructure, then all four services, and waits until each is ready. */
    public GoldenThreadSystem start(Duration readiness) {
        startInfrastructure();
        services.values().forEach(ServiceProcess::start);
        List<CompletableFuture<ServiceProcess>> ready = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            ready.add(CompletableFuture.supplyAsync(() -> service.awaitReady(readiness)));
        }
        try {
            ready.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        return this;
    }

    public void startInfrastructure() {
        try {
            Files.createDirectories(settings.dataDirectory());
            secrets = loadSecrets(settings.dataDirectory().resolve("secrets.properties"));
            postgres = PostgresServer.start(settings.keepData() ? settings.dataDirectory().resolve("postgres") : null,
                    settings.postgresPort());
            DATABASES.forEach(postgres::ensureDatabase);
            kafka = new KafkaServer(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), logs().resolve("kafka.log")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jwks = "http://localhost:" + settings.gatewayPort() + "/.well-known/jwks.json";
        services.put("gateway", service("gateway", settings.gatewayPort(), Map.of(
                "GOLDENTHREAD_GATEWAY_UPSTREAMS_PLANS", "http://localhost:" + settings.plansPort(),
                "GOLDENTHREAD_GATEWAY_UPSTREAMS_TRACKING", "http://localhost:" + settings.trackingPort(),
                "GOLDENTHREAD_GATEWAY_UPSTREAMS_MONITORING", "http://localhost:" + settings.monitoringPort(),
                "GOLDENTHREAD_GATEWAY_INTERNAL_TOKEN_KEY_DIRECTORY", settings.dataDirectory().resolve("gateway-keys").toString(),
                "GOLDENTHREAD_GATEWAY_BUILT_IN_ISSUER_ENABLED", "true",
                "GOLDENTHREAD_GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID", ADMIN_CLIENT_ID,
                "GOLDENTHREAD_GATEWAY_BOOTSTRAP_ADMIN_CLIENT_SECRET", adminClientSecret(),
                "GOLDENTHREAD_GATEWAY_CORS_ORIGINS", "http://localhost:5173,http://localhost:3000")));
        services.put("plans", service("plans", settings.plansPort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "GOLDENTHREAD_JWKS_URL", jwks)));
        services.put("tracking", service("tracking", settings.trackingPort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "GOLDENTHREAD_JWKS_URL", jwks,
                "GOLDENTHREAD_TRACKING_PSEUDONYM_SECRET", secrets.getProperty("tracking.pseudonym-secret"))));
        services.put("monitoring", service("monitoring", settings.monitoringPort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "GOLDENTHREAD_JWKS_URL", jwks)));
    }

    private ServiceProcess service(String name, int port, Map<String, String> extra) {
        String module = name.equals("gateway") ? "gateway" : name + "-service";
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.putAll(extra);
        env.putAll(extraEnvironment.getOrDefault(name, Map.of()));
        return new ServiceProcess(name, ServiceProcess.jarOf(settings.projectRoot(), module), port, env,
                logs().resolve(name + ".log"), settings.serviceJvmOptions());
    }

    public Path logs() {
        return settings.dataDirectory().resolve("logs");
    }

    public URI gateway() {
        return URI.create("http://localhost:" + settings.gatewayPort());
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String adminClientSecret() {
        return secrets.getProperty("gateway.admin-client-secret");
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Secrets made once per data directory, so a restart keeps the same ones. */
    private static Properties loadSecrets(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        boolean changed = false;
        for (String key : List.of("gateway.admin-client-secret", "tracking.pseudonym-secret")) {
            if (p.getProperty(key) == null) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                p.setProperty(key, HexFormat.of().formatHex(bytes));
                changed = true;
            }
        }
        if (changed) {
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "made by devstack; delete the data directory to start afresh");
            }
        }
        return p;
    }
}
