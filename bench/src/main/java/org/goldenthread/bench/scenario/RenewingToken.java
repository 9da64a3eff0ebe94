package org.goldenthread.bench.scenario;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bearer token kept fresh in the background: fetched once at the start, then again when half its life has gone,
 * so a load run longer than a token's lifetime never sends an expired one. {@link #get()} only reads the current
 * value (it never blocks), so it can feed a load generator's per-request header.
 */
public final class RenewingToken implements Supplier<String>, AutoCloseable {

    private final Supplier<Api.AccessToken> fetch;
    private final ScheduledExecutorService renewer;
    private volatile Api.AccessToken current;

    public RenewingToken(String name, Supplier<Api.AccessToken> fetch) {
        this.fetch = fetch;
        this.current = fetch.get();
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-renewal-" + name);
            t.setDaemon(true);
            return t;
        });
        schedule();
    }

    private void schedule() {
        long remaining = current.expiresAtNanos() - System.nanoTime();
        long delay = Math.max(TimeUnit.SECONDS.toNanos(5), remaining / 2);
        renewer.schedule(this::renew, delay, TimeUnit.NANOSECONDS);
    }

    private void renew() {
        try {
            current = fetch.get();
        } catch (RuntimeException e) {
            // keep the current token and try again soon; an expired one will show up as 401s in the report
            System.err.println("token renewal failed, retrying: " + e.getMessage());
        }
        schedule();
    }

    /** The current token value, e.g. for {@code Authorization: Bearer ...}. */
    @Override
    public String get() {
        return current.value();
    }

    /** {@code Bearer <token>}. */
    public Supplier<String> bearer() {
        return () -> "Bearer " + current.value();
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
