package org.goldenthread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private TestServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void httpPrintsTheTextReport() {
        int code = run("http", "--url", server.url("/ok"), "--rate", "50", "--duration", "1s", "--warmup", "0s",
                "--header", "Authorization: Bearer x");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("scheduled      50"), out());
        assertTrue(out().contains("p99"), out());
        assertEquals("Bearer x", server.lastHeaders.get("authorization"));
    }

    @Test
    void httpPrintsJsonAndWritesAFile(@TempDir Path dir) throws Exception {
        Path body = dir.resolve("body.json");
        Files.writeString(body, "{\"x\":1}");
        Path report = dir.resolve("out/report.json");

        int code = run("http", "--url", server.url("/ok"), "--rate=40", "--duration", "500ms", "--warmup", "0",
                "--method", "POST", "--body", "@" + body, "--format", "json", "--json-out", report.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals(20, json.get("scheduled").asLong());
        assertTrue(json.get("latencyMs").has("p99_9"));
        assertEquals(20, new ObjectMapper().readTree(report.toFile()).get("scheduled").asLong());
        assertEquals(server.totalHits() * 7, server.bodyBytes.get());
    }

    @Test
    void comparePrintsBothSidesWithRatios() {
        int code = run("compare", "--direct", server.url("/ok"), "--via", server.url("/sleep/5"), "--rate", "40",
                "--duration", "1s", "--warmup", "0s", "--rounds", "2", "--pause", "0s", "--aim-p99-ratio", "1.3");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = out();
        assertTrue(text.contains("direct") && text.contains("via/direct"), text);
        assertTrue(text.contains("p99 ratio (via/direct)"), text);
        assertTrue(text.contains("throughput ratio (via/direct)"), text);
        assertTrue(text.contains("aim p99 ratio"), text);
        assertTrue(server.hits("/ok") >= 36 && server.hits("/sleep/5") >= 36, server.hits.toString());
    }

    @Test
    void maxRunsSteps() {
        int code = run("max", "--url", server.url("/ok"), "--start", "20", "--step", "20", "--max-rate", "40",
                "--duration", "500ms", "--warmup", "0s", "--p99", "5s", "--failures-to-stop", "2");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("rate/s"), out());
        assertTrue(server.totalHits() >= 27, "two steps of 10 and 20 requests: " + server.totalHits());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("http", "--rate", "10"));
        assertEquals(2, run("http", "--url", server.url("/ok"), "--rate", "10", "--bogus", "1"));
        assertEquals(2, run("launch"));
        assertEquals(0, run("help"));
        assertTrue(out().contains("compare"));
    }

    @Test
    void unreachableTargetFailsFast() {
        server.close();
        int code = run("http", "--url", server.url("/ok"), "--rate", "10", "--duration", "1s");
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot connect"), err.toString());
    }
}
