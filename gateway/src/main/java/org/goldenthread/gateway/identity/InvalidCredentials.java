package org.goldenthread.gateway.identity;

/**
 * The caller's bearer token was refused. The detail says why in words that help an integrator
 * (expired, wrong issuer, wrong audience, revoked client) without revealing anything secret.
 */
public class InvalidCredentials extends RuntimeException {
    public InvalidCredentials(String detail) {
        super(detail);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // refused tokens are routine; a stack trace per request would only cost time
        return this;
    }
}
