package org.goldenthread.gateway.identity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A caller's registry state: never older than the ttl, and a busy caller does not wait for its reload. */
class TtlCacheTest {
    private final Vertx vertx = Vertx.vertx();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void anEntryPastHalfItsLifeIsServedWhileItReloads() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch reloadMayFinish = new CountDownLatch(1);
        TtlCache<String, Integer> cache = new TtlCache<>(vertx, Duration.ofSeconds(2), 100, key -> {
            int n = loads.incrementAndGet();
            if (n == 2) {
                block(reloadMayFinish);
            }
            return n;
        }, clock::get);
        assertEquals(1, value(cache.get("client")));
        clock.addAndGet(Duration.ofMillis(1500).toNanos()); // past half the ttl, not past the ttl
        Future<Integer> during = cache.get("client");
        assertTrue(during.isComplete(), "the current value is given at once, not after the reload");
        assertEquals(1, during.result());
        await().atMost(Duration.ofSeconds(5)).until(() -> loads.get() == 2);
        reloadMayFinish.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.get("client").result() == 2);
    }

    @Test
    void anEntryPastItsLifeIsNotServed() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        TtlCache<String, Integer> cache = new TtlCache<>(vertx, Duration.ofSeconds(2), 100, key -> loads.incrementAndGet(),
                clock::get);
        assertEquals(1, value(cache.get("user")));
        clock.addAndGet(Duration.ofMillis(2001).toNanos());
        assertEquals(2, value(cache.get("user")), "after the ttl the caller waits for a fresh value");
    }

    @Test
    void anInvalidatedEntryIsLoadedAfresh() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        TtlCache<String, Integer> cache = new TtlCache<>(vertx, Duration.ofMinutes(1), 100, key -> loads.incrementAndGet());
        assertEquals(1, value(cache.get("client")));
        cache.invalidate("client");
        Future<Integer> next = cache.get("client");
        assertEquals(2, value(next), "a revocation through this gateway counts at once");
        assertFalse(loads.get() > 2);
    }

    private static Integer value(Future<Integer> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
