package org.goldenthread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void reportsPercentilesInMilliseconds() {
        LatencyRecorder r = new LatencyRecorder("kafka round trip");
        for (int ms = 1; ms <= 100; ms++) {
            r.record(ms, TimeUnit.MILLISECONDS);
        }

        LatencySummary s = r.summary();

        assertEquals(100, s.count());
        assertEquals(50.0, s.p50Ms(), 0.1);
        assertEquals(95.0, s.p95Ms(), 0.1);
        assertEquals(99.0, s.p99Ms(), 0.1);
        assertEquals(100.0, s.maxMs(), 0.1);
        assertEquals(1.0, s.minMs(), 0.01);
        String report = r.report();
        assertTrue(report.startsWith("kafka round trip: n=100"), report);
        assertTrue(report.contains("p50 50.") && report.contains("p95 95.") && report.contains("p99 99."), report);
    }

    @Test
    void emptyRecorderHasNoFigures() {
        LatencyRecorder r = new LatencyRecorder("nothing");
        assertEquals(0, r.summary().count());
        assertTrue(Double.isNaN(r.percentileMs(99)));
        assertEquals("nothing: no samples", r.report());
        assertEquals(null, r.summary().toMap().get("p99"));
    }

    @Test
    void addCombinesRecorders() {
        LatencyRecorder a = new LatencyRecorder("a");
        LatencyRecorder b = new LatencyRecorder("b");
        a.record(Duration.ofMillis(10));
        b.record(Duration.ofMillis(30));
        a.add(b);
        assertEquals(2, a.count());
        assertEquals(30.0, a.summary().maxMs(), 0.1);
        LatencyRecorder copy = a.copy("c");
        a.record(Duration.ofMillis(1));
        assertEquals(2, copy.count(), "a copy is independent");
    }

    @Test
    void timesWork() throws Exception {
        LatencyRecorder r = new LatencyRecorder("work");
        assertEquals("x", r.time(() -> "x"));
        r.time(() -> { });
        r.recordSince(System.nanoTime());
        assertEquals(3, r.count());
        assertTrue(r.percentileDistribution().contains("Percentile"));
    }
}
