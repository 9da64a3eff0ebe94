package org.goldenthread.tracking.rest;

/** Shared wording of the OpenAPI descriptions. */
final class Docs {
    static final String PROBLEM = "application/problem+json";
    static final String BAD_REQUEST = "Invalid input: the problem's errors[] name each field";
    static final String UNAUTHORIZED = "No valid internal token";
    static final String FORBIDDEN = "The caller's role may not do this";
    static final String NOT_FOUND = "No such resource among the caller's schools (another school's or trust's ids answer the same)";
    static final String PRECONDITION_FAILED = "If-Match does not match the current ETag: read it again";
    static final String PRECONDITION_REQUIRED = "If-Match is required to change an existing resource";
    static final String IDEMPOTENCY = "The Idempotency-Key was used with a different request";

    private Docs() {
    }
}
