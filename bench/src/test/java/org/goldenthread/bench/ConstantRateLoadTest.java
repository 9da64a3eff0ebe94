package org.goldenthread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the open-model generator. Only counts that the schedule fixes exactly, and lower bounds that a slower
 * machine can only make larger, are asserted: nothing here depends on how fast the CI machine is.
 */
class ConstantRateLoadTest {

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static LoadSettings settings(double rate, long durationMs, long warmupMs) {
        return LoadSettings.of(rate, Duration.ofMillis(durationMs)).withWarmup(Duration.ofMillis(warmupMs));
    }

    @Test
    void sendsRateTimesDurationRequests() {
        HttpTarget target = HttpTarget.builder().url(server.url("/ok")).build();

        LoadResult r = ConstantRateLoad.run(settings(200, 1000, 250), target);

        assertEquals(200, r.scheduled(), "scheduled = rate x duration, exactly");
        assertEquals(r.scheduled(), r.sent() + r.dropped());
        assertTrue(r.completed() >= 180, "at least 90% completed: " + r.completed());
        assertEquals(r.completed(), r.ok(), "all responses were 200: " + r.errorsByStatus());
        assertEquals(r.scheduled(), r.ok() + r.errors(), "every arrival is ok or an error");
        assertEquals(r.completed(), r.latencySummary().count());
        int hits = server.totalHits();
        assertTrue(hits <= 250, "warm-up 50 + measured 200 at most: " + hits);
        assertTrue(hits >= 225, "at least 90% of warm-up + measured reached the server: " + hits);
        assertTrue(r.throughput() > 0);
        assertTrue(r.toText().contains("p99"), r.toText());
    }

    @Test
    void everyScheduledArrivalStartsAnOperationWhenNothingIsOutstanding() {
        AtomicLong invocations = new AtomicLong();
        LoadOperation instant = seq -> {
            invocations.incrementAndGet();
            return CompletableFuture.completedFuture(200);
        };

        LoadResult r = ConstantRateLoad.run("instant", settings(500, 1000, 200), instant);

        assertEquals(600, invocations.get(), "warm-up 100 + measured 500");
        assertEquals(500, r.scheduled());
        assertEquals(500, r.ok());
        assertEquals(0, r.errors());
        assertEquals(500, r.latency().count());
    }

    @Test
    void latencyIsMeasuredFromIntendedSendTime() {
        HttpTarget target = HttpTarget.builder().url(server.url("/sleep/50")).build();

        LoadResult r = ConstantRateLoad.run(settings(40, 1000, 0), target);

        assertTrue(r.completed() >= 36, "completed " + r.completed());
        LatencySummary l = r.latencySummary();
        assertTrue(l.p50Ms() >= 50, "p50 " + l.p50Ms());
        assertTrue(l.minMs() >= 50, "min " + l.minMs());
    }

    @Test
    void aStalledGeneratorShowsUpInLatencyInsteadOfBeingOmitted() {
        // Operation 0 blocks the scheduler for 300 ms (which a well-behaved operation must not do). Arrivals 1..29
        // were due during the stall and go out late; measured from their intended time they carry the stall.
        LoadOperation stallOnce = seq -> {
            if (seq == 0) {
                sleep(300);
            }
            return CompletableFuture.completedFuture(200);
        };

        LoadResult r = ConstantRateLoad.run("stall", settings(100, 1000, 0), stallOnce);

        assertEquals(100, r.scheduled());
        assertEquals(100, r.ok());
        LatencySummary l = r.latencySummary();
        assertTrue(l.maxMs() >= 290, "max " + l.maxMs());
        // arrivals 0..19 (20%) were due at or before 190 ms and could not start before 300 ms
        assertTrue(r.latency().percentileMs(85) >= 100, "p85 " + r.latency().percentileMs(85));
        assertTrue(r.maxSendLag().toMillis() >= 250, "send lag " + r.maxSendLag());
    }

    @Test
    void nonSuccessStatusesAreCountedAsErrorsByStatus() {
        HttpTarget target = HttpTarget.builder()
                .url(server.url("/ok"))
                .url(server.url("/status/500"))
                .url(server.url("/status/404"))
                .build();

        LoadResult r = ConstantRateLoad.run(settings(60, 1000, 0), target);

        assertEquals(60, r.scheduled());
        assertTrue(r.completed() >= 54, "completed " + r.completed());
        long e500 = r.errors("500");
        long e404 = r.errors("404");
        assertEquals(r.completed(), r.ok() + e500 + e404, r.errorsByStatus().toString());
        for (long n : new long[] {r.ok(), e500, e404}) {
            assertTrue(n >= 14 && n <= 20, "round robin gives about a third each: " + r.errorsByStatus());
        }
        assertTrue(r.errors() >= e500 + e404);
        assertEquals(r.scheduled(), r.ok() + r.errors());
        assertTrue(r.toJson().contains("\"500\""), r.toJson());
    }

    @Test
    void arrivalsBeyondMaxInFlightAreDroppedNotDelayed() {
        HttpTarget target = HttpTarget.builder().url(server.url("/sleep/500")).build();

        LoadResult r = ConstantRateLoad.run(settings(100, 1000, 0).withMaxInFlight(5), target);

        assertEquals(100, r.scheduled());
        assertEquals(r.scheduled(), r.sent() + r.dropped());
        assertTrue(r.sent() >= 5, "the first five always go out: " + r.sent());
        // each request holds its slot >= 500 ms, so at most 5 + 5 + 5 can start within the 1 s schedule
        assertTrue(r.dropped() >= 80, "dropped " + r.dropped());
        assertEquals(r.dropped(), r.errors(ConstantRateLoad.DROPPED));
        assertTrue(server.maxInProgress.get() <= 5, "server saw " + server.maxInProgress.get() + " at once");
        assertEquals(r.scheduled(), r.ok() + r.errors());
    }

    @Test
    void exceptionsAreCountedByKind() {
        LoadOperation flaky = seq -> seq % 2 == 0
                ? CompletableFuture.completedFuture(204)
                : CompletableFuture.failedFuture(new HttpTimeoutException("slow"));

        LoadResult r = ConstantRateLoad.run("flaky", settings(100, 1000, 0), flaky);

        assertEquals(50, r.ok());
        assertEquals(50, r.failed());
        assertEquals(50, r.errors(ConstantRateLoad.TIMEOUT));
        assertEquals(50, r.latency().count(), "failures are counted, not timed");
    }

    @Test
    void operationsOutstandingAfterTheDrainTimeoutAreIncomplete() {
        LoadOperation never = seq -> new CompletableFuture<>();

        LoadResult r = ConstantRateLoad.run("never",
                settings(50, 400, 0).withDrainTimeout(Duration.ofMillis(200)), never);

        assertEquals(20, r.scheduled());
        assertEquals(20, r.incomplete());
        assertEquals(Set.of(ConstantRateLoad.INCOMPLETE), r.errorsByStatus().keySet());
        assertEquals(0, r.ok());
        assertTrue(Double.isNaN(r.p99Ms()));
    }

    @Test
    void headersAndBodyAreSent() {
        HttpTarget target = HttpTarget.builder()
                .url(server.url("/ok"))
                .method("POST")
                .header("Authorization: Bearer test-token")
                .header("X-Trace", "abc")
                .body("{\"a\":1}")
                .build();

        LoadResult r = ConstantRateLoad.run(settings(20, 500, 0), target);

        assertEquals(10, r.scheduled());
        assertTrue(r.ok() >= 9, r.toText());
        assertEquals("Bearer test-token", server.lastHeaders.get("authorization"));
        assertEquals("abc", server.lastHeaders.get("x-trace"));
        assertEquals("application/json", server.lastHeaders.get("content-type"));
        assertEquals(server.totalHits() * 7, server.bodyBytes.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSuppliedHeaderIsReadForEveryRequest() throws Exception {
        AtomicLong renewals = new AtomicLong();
        HttpTarget target = HttpTarget.builder().url(server.url("/ok"))
                .header("Authorization", () -> "Bearer token-" + renewals.get())
                .header("X-Fixed: yes")
                .build();

        assertEquals(200, target.probe());
        assertEquals("Bearer token-0", server.lastHeaders.get("authorization"));
        renewals.incrementAndGet();
        assertEquals(200, target.probe());
        assertEquals("Bearer token-1", server.lastHeaders.get("authorization"), "the renewed value, not a copy");
        assertEquals("yes", server.lastHeaders.get("x-fixed"));
        LoadResult r = ConstantRateLoad.run(settings(100, 200, 0), target);
        assertEquals(20, r.scheduled());
        assertEquals(r.scheduled(), r.ok() + r.errors());
    }

    @Test
    void theLeanSenderCountsStatusesAndSendsHeadersBodyAndSuppliedValues() throws Exception {
        AtomicLong renewals = new AtomicLong();
        HttpTarget target = HttpTarget.builder()
                .url(server.url("/ok"))
                .url(server.url("/status/500"))
                .method("POST")
                .header("Authorization", () -> "Bearer lean-" + renewals.get())
                .header("X-Trace", "abc")
                .body("{\"a\":1}")
                .lean(4)
                .build();

        assertEquals(200, target.probe());
        assertEquals("Bearer lean-0", server.lastHeaders.get("authorization"));
        assertEquals("abc", server.lastHeaders.get("x-trace"));
        assertEquals("application/json", server.lastHeaders.get("content-type"));
        renewals.incrementAndGet();
        LoadResult r = ConstantRateLoad.run(settings(100, 1000, 0), target);

        assertEquals(100, r.scheduled());
        assertEquals(r.scheduled(), r.ok() + r.errors());
        assertTrue(r.ok() >= 45 && r.ok() <= 55, "round robin, half 200: " + r.errorsByStatus());
        assertTrue(r.errors("500") >= 45, r.errorsByStatus().toString());
        assertEquals("Bearer lean-1", server.lastHeaders.get("authorization"), "the renewed value");
        assertEquals(server.totalHits() * 7, server.bodyBytes.get(), "every request carried the body");
    }

    @Test
    void theLeanSenderMeasuresFromTheIntendedSendTime() {
        HttpTarget target = HttpTarget.builder().url(server.url("/sleep/50")).lean(2).build();

        LoadResult r = ConstantRateLoad.run(settings(100, 1000, 0), target);

        // two connections serve 40 requests/s of a 50 ms answer: the rest queue, and the queueing is in the latency
        assertEquals(100, r.scheduled());
        assertTrue(r.latencySummary().p50Ms() > 200, "queued behind two connections: " + r.toText());
    }
}
