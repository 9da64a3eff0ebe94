package org.goldenthread.gateway.service;

/**
 * A token request refused as RFC 6749 §5.2 says: {@code error} is one of its codes
 * ({@code invalid_request}, {@code invalid_client}, {@code invalid_grant}, {@code unauthorized_client},
 * {@code unsupported_grant_type}, {@code invalid_scope}), with a description for the integrator.
 */
public class OAuthError extends RuntimeException {
    private final int status;
    private final String error;
    private final boolean basicChallenge;

    public OAuthError(int status, String error, String description, boolean basicChallenge) {
        super(description);
        this.status = status;
        this.error = error;
        this.basicChallenge = basicChallenge;
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description, false);
    }

    /** Client authentication failed; 401 with a Basic challenge when the client used Basic. */
    public static OAuthError invalidClient(String description, boolean usedBasic) {
        return new OAuthError(401, "invalid_client", description, usedBasic);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description, false);
    }

    public static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description, false);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public boolean basicChallenge() {
        return basicChallenge;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
