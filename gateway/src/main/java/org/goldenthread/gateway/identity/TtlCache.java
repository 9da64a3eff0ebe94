package org.goldenthread.gateway.identity;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A small cache whose entries live at most {@code ttl}, loaded on a worker thread (the loader may
 * block) so that the event loop never waits for the database. Concurrent misses of one key share
 * one load; {@link #invalidate} drops an entry at once and keeps a load that began earlier from
 * putting an old value back.
 */
final class TtlCache<K, V> {
    private record Entry<V>(V value, long loadedAtNanos) {
    }

    private final Vertx vertx;
    private final long ttlNanos;
    private final int maxEntries;
    private final Function<K, V> loader;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Future<V>> loading = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    TtlCache(Vertx vertx, Duration ttl, int maxEntries, Function<K, V> loader) {
        this.vertx = vertx;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.loader = loader;
    }

    Future<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.loadedAtNanos() < ttlNanos) {
            return Future.succeededFuture(entry.value());
        }
        Promise<V> promise = Promise.promise();
        Future<V> running = loading.putIfAbsent(key, promise.future());
        if (running != null) {
            return running;
        }
        long startedAt = System.nanoTime();
        long generation = invalidations.get();
        vertx.<V>executeBlocking(() -> loader.apply(key), false).onComplete(ar -> {
            loading.remove(key, promise.future());
            if (ar.succeeded() && invalidations.get() == generation) {
                if (entries.size() >= maxEntries) {
                    entries.clear();
                }
                entries.put(key, new Entry<>(ar.result(), startedAt));
            }
            promise.handle(ar);
        });
        return promise.future();
    }

    void invalidate(K key) {
        invalidations.incrementAndGet();
        entries.remove(key);
        loading.remove(key);
    }

    void clear() {
        invalidations.incrementAndGet();
        entries.clear();
        loading.clear();
    }
}
