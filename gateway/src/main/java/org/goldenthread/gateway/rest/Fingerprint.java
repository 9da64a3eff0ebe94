package org.goldenthread.gateway.rest;

/** What identifies a create request for Idempotency-Key: where it was sent and what it asked for. */
record Fingerprint(String target, Object body) {
}
