package org.goldenthread.gateway.rest;

/** A caller over its rate limit: 429 problem+json with Retry-After. */
public class RateLimited extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds, String detail) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
