package org.goldenthread.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key for POSTs that create or import. The first request with a key runs and its
 * response is stored in the same transaction as the change; the same key with the same body gets
 * that response again (marked {@code Idempotent-Replayed: true}); the same key with another body
 * is a 422. Keys belong to the caller, so two clients can use the same key.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /**
     * Runs {@code action} once per (owner, key). Without a key the action just runs.
     *
     * @param owner   who the key belongs to, e.g. the token subject and trust
     * @param key     the Idempotency-Key header, or null
     * @param request what identifies the request's content: method, path and body
     */
    @Transactional
    public Response run(String owner, String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 255 characters");
        }
        String hash = fingerprint(request);
        int claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_key (owner, key, request_hash) VALUES (?1, ?2, ?3)
                        ON CONFLICT (owner, key) DO NOTHING""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(owner, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                        UPDATE idempotency_key SET status = ?3, body = ?4, location = ?5, etag = ?6
                        WHERE owner = ?1 AND key = ?2""")
                .setParameter(1, owner).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, body(response))
                .setParameter(5, header(response, HttpHeaders.LOCATION))
                .setParameter(6, header(response, HttpHeaders.ETAG))
                .executeUpdate();
        return response;
    }

    private Response replay(String owner, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT request_hash, status, body, location, etag FROM idempotency_key WHERE owner = ?1 AND key = ?2")
                .setParameter(1, owner).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.conflict("a request with this Idempotency-Key is in progress; try again shortly");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable(ProblemTypes.IDEMPOTENCY_CONFLICT, "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request", List.of());
        }
        if (row[1] == null) {
            throw ProblemException.conflict("a request with this Idempotency-Key is in progress; try again shortly");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true");
        if (row[2] != null) {
            replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            replay.header(HttpHeaders.ETAG, row[4]);
        }
        return replay.build();
    }

    private String body(Response response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response for replay", e);
        }
    }

    private static String header(Response response, String name) {
        Object value = response.getMetadata().getFirst(name);
        return value == null ? null : value.toString();
    }

    /** SHA-256 of the request: bytes as they are, anything else as its JSON. */
    public String fingerprint(Object request) {
        try {
            byte[] bytes = request instanceof byte[] b ? b
                    : request instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
