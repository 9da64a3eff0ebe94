package org.goldenthread.gateway.edge;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per caller: each caller may send {@code burst} requests at once and
 * {@code requestsPerSecond} sustained. A refused request learns how many seconds until it may
 * try again (the Retry-After of the 429). Buckets live in this gateway instance: with several
 * replicas behind a balancer, each enforces the limit on its share.
 */
@ApplicationScoped
public class RateLimiter {
    private static final long IDLE_NANOS = 120_000_000_000L;

    private static final class Bucket {
        double tokens;
        long refilledAt;
        long usedAt;

        Bucket(int burst, long now) {
            tokens = burst;
            refilledAt = now;
            usedAt = now;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the request may go ahead, otherwise the whole seconds to wait. */
    public long acquire(String key, double requestsPerSecond, int burst) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            double elapsed = (now - bucket.refilledAt) / 1e9;
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * requestsPerSecond);
            bucket.refilledAt = now;
            bucket.usedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / requestsPerSecond));
        }
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().usedAt > IDLE_NANOS;
            }
        });
    }
}
