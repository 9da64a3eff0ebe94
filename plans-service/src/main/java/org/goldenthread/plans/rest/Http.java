package org.goldenthread.plans.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.http.ETags;

import java.net.URI;

/** What the resources share: parameter descriptions, and responses carrying the resource's ETag. */
final class Http {
    static final String IF_MATCH_DESCRIPTION = "The ETag you last read; required (428 without it, 412 when someone changed the item since)";
    static final String IDEMPOTENCY_DESCRIPTION = "Optional: a key unique to this create; repeating the request with the same key and body returns the first response (marked Idempotent-Replayed), with another body 422";
    static final String UUID_PATH = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Http() {
    }

    static Response ok(Object view, long version) {
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    static Response created(String location, Object view, long version) {
        return Response.created(URI.create(location)).header(HttpHeaders.ETAG, ETags.of(version)).entity(view).build();
    }
}
