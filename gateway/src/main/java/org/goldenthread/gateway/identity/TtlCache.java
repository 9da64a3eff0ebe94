package org.goldenthread.gateway.identity;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small cache whose entries live at most {@code ttl}, loaded on a worker thread (the loader may
 * block) so that the event loop never waits for the database. Concurrent misses of one key share
 * one load; {@link #invalidate} drops an entry at once and keeps a load that began earlier from
 * putting an old value back. An entry past half its life is reloaded in the background while it is
 * still served, so a busy caller never waits for its own reload: before, every request of one
 * caller stalled behind the reload each {@code ttl}, the gateway's worst latency under load.
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
    private final LongSupplier nanoTime;

    TtlCache(Vertx vertx, Duration ttl, int maxEntries, Function<K, V> loader) {
        this(vertx, ttl, maxEntries, loader, System::nanoTime);
    }

    /** For tests: a given clock. */
    TtlCache(Vertx vertx, Duration ttl, int maxEntries, Function<K, V> loader, LongSupplier nanoTime) {
        this.vertx = vertx;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.loader = loader;
        this.nanoTime = nanoTime;
    }

    Future<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry != null) {
            long age = nanoTime.getAsLong() - entry.loadedAtNanos();
            if (age < ttlNanos) {
                if (age >= ttlNanos / 2) {
                    load(key);
                }
                return Future.succeededFuture(entry.value());
            }
        }
        return load(key);
    }

    /** The running load of the key, or a new one. */
    private Future<V> load(K key) {
        Promise<V> promise = Promise.promise();
        Future<V> running = loading.putIfAbsent(key, promise.future());
        if (running != null) {
            return running;
        }
        long startedAt = nanoTime.getAsLong();
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
