package org.goldenthread.platform.problem;

/**
 * The stable problem {@code type} URIs every service answers with. Clients switch on these, so
 * they never change meaning; new kinds of problem get new URIs.
 */
public final class ProblemTypes {
    private static final String PREFIX = "urn:goldenthread:problem:";

    public static final String VALIDATION = PREFIX + "validation";
    public static final String UNREADABLE = PREFIX + "unreadable-body";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String PRECONDITION_FAILED = PREFIX + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";
    public static final String IDEMPOTENCY_CONFLICT = PREFIX + "idempotency-conflict";
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    public static final String IMPORT_INVALID = PREFIX + "import-invalid";
    public static final String RATE_LIMITED = PREFIX + "rate-limited";
    public static final String UPSTREAM_UNAVAILABLE = PREFIX + "upstream-unavailable";
    public static final String UPSTREAM_TIMEOUT = PREFIX + "upstream-timeout";
    public static final String BAD_GATEWAY = PREFIX + "bad-gateway";
    public static final String INTERNAL = PREFIX + "internal";
    public static final String HTTP = PREFIX + "http";

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemTypes() {
    }
}
