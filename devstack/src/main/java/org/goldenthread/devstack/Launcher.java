package org.goldenthread.devstack;

import org.goldenthread.devstack.demo.DemoContext;
import org.goldenthread.devstack.demo.DemoSeeder;
import org.goldenthread.devstack.demo.DemoTrust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * {@code ./run}: the whole system on this machine. Starts PostgreSQL (data under ./.data, kept
 * between runs) and Kafka, the four packaged services, waits until each is ready, seeds the demo
 * trust on the first run, and prints where everything is. Ctrl-C stops it all.
 *
 * <p>Settings (environment variables): GT_DATA_DIR, GT_DFE_DATA, GT_DEMO_TRUST, GT_GATEWAY_PORT
 * (8080), GT_PLANS_PORT (8081), GT_TRACKING_PORT (8082), GT_MONITORING_PORT (8083),
 * GT_POSTGRES_PORT (55432), GT_KAFKA_PORT (59092), GT_KAFKA_CONTROLLER_PORT (59093).</p>
 */
public final class Launcher {
    private static final Logger LOG = Logger.getLogger("golden-thread");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path data = Path.of(env("GT_DATA_DIR", root.resolve(".data").toString())).toAbsolutePath();
        Path dfe = Path.of(env("GT_DFE_DATA", root.resolve("../shared/data/dfe").toString())).toAbsolutePath().normalize();

        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("GT_POSTGRES_PORT", port("GT_POSTGRES_PORT", 55432));
        ports.put("GT_KAFKA_PORT", port("GT_KAFKA_PORT", 59092));
        ports.put("GT_KAFKA_CONTROLLER_PORT", port("GT_KAFKA_CONTROLLER_PORT", 59093));
        ports.put("GT_GATEWAY_PORT", port("GT_GATEWAY_PORT", 8080));
        ports.put("GT_PLANS_PORT", port("GT_PLANS_PORT", 8081));
        ports.put("GT_TRACKING_PORT", port("GT_TRACKING_PORT", 8082));
        ports.put("GT_MONITORING_PORT", port("GT_MONITORING_PORT", 8083));
        List<String> busy = new ArrayList<>();
        ports.forEach((variable, port) -> {
            if (Ports.inUse(port)) {
                busy.add("port " + port + " is already in use (set " + variable + " to use another)");
            }
        });
        if (!busy.isEmpty()) {
            busy.forEach(LOG::severe);
            LOG.severe("Golden Thread did not start: stop whatever uses those ports (is another ./run still going?), "
                    + "or choose other ports.");
            System.exit(2);
        }

        SystemSettings settings = new SystemSettings(root, data, true, ports.get("GT_POSTGRES_PORT"),
                ports.get("GT_KAFKA_PORT"), ports.get("GT_KAFKA_CONTROLLER_PORT"), ports.get("GT_GATEWAY_PORT"),
                ports.get("GT_PLANS_PORT"), ports.get("GT_TRACKING_PORT"), ports.get("GT_MONITORING_PORT"),
                SystemSettings.SERVICE_JVM_DEFAULTS);
        GoldenThreadSystem system = new GoldenThreadSystem(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // java.util.logging resets its handlers at shutdown, so these go straight to the console
            System.err.println(timestamp() + " stopping Golden Thread ...");
            system.close();
            System.err.println(timestamp() + " stopped; data kept in " + data);
            stopped.countDown();
        }, "golden-thread-stop"));

        LOG.info("starting PostgreSQL, Kafka and the four services (data in " + data + ", logs in " + system.logs() + ")");
        long started = System.nanoTime();
        system.start(Duration.ofMinutes(4));
        LOG.info("all services ready in " + (System.nanoTime() - started) / 1_000_000_000 + " s");

        Path seeded = data.resolve("demo-seeded");
        Path credentials = data.resolve("demo-credentials.txt");
        if (!Files.exists(seeded)) {
            seed(system, dfe, credentials, seeded);
        }
        banner(system, credentials);
        stopped.await();
    }

    private static void seed(GoldenThreadSystem system, Path dfe, Path credentials, Path seeded) throws IOException {
        String trustName = env("GT_DEMO_TRUST", DemoTrust.DEFAULT_TRUST);
        DemoTrust trust = DemoTrust.load(dfe, trustName);
        LOG.info("seeding the demo trust " + trust.name() + " (" + trust.schools().size() + " schools) from " + dfe);
        DemoContext context = new DemoContext(system.gateway(), trust, dfe, GoldenThreadSystem.ADMIN_CLIENT_ID,
                system.adminClientSecret());
        try {
            DemoSeeder.seed(context);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "seeding the demo trust failed; the system is up without (all) demo data", e);
            return;
        }
        StringBuilder lines = new StringBuilder();
        context.credentials().forEach((who, how) -> lines.append(String.format("  %-28s %s%n", who, how)));
        Files.writeString(credentials, lines.toString());
        Files.writeString(seeded, trust.name() + "\n");
    }

    private static void banner(GoldenThreadSystem system, Path credentials) throws IOException {
        StringBuilder b = new StringBuilder("\n");
        b.append("  Golden Thread is running.\n\n");
        b.append("  Gateway      ").append(system.gateway()).append('\n');
        b.append("  Swagger UI   ").append(system.gateway()).append("/q/swagger-ui\n");
        b.append("  OpenAPI      ").append(system.gateway()).append("/openapi (the whole API, merged)\n");
        b.append("  Status       ").append(system.gateway()).append("/status (every service's readiness)\n");
        b.append("  Logs         ").append(system.logs()).append("\n\n");
        if (Files.exists(credentials)) {
            b.append("  Demo credentials:\n").append(Files.readString(credentials)).append('\n');
        }
        b.append("  Ctrl-C stops everything; ./run again starts on the same data.\n");
        LOG.info(b.toString());
    }

    private static String timestamp() {
        return DateTimeFormatter.ofPattern("HH:mm:ss").format(LocalTime.now());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(String name, int fallback) {
        String value = env(name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static void configureLogging() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new Formatter() {
            private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss");

            @Override
            public String format(LogRecord record) {
                String message = formatMessage(record);
                String level = record.getLevel().intValue() >= Level.WARNING.intValue() ? record.getLevel() + " " : "";
                StringBuilder sb = new StringBuilder(time.format(LocalTime.now())).append(' ').append(level)
                        .append(message).append(System.lineSeparator());
                if (record.getThrown() != null) {
                    sb.append("  ").append(record.getThrown()).append(System.lineSeparator());
                }
                return sb.toString();
            }
        });
        root.addHandler(console);
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
    }
}
