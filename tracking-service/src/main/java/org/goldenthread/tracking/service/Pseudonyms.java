package org.goldenthread.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.tracking.config.TrackingConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pseudonymous pupil ids for events: lowercase hex HMAC-SHA256 of the pupil's internal id under a
 * key of the pupil's trust, itself HMAC-SHA256(secret, "golden-thread/pupil-pseudonym/" + trustId).
 * One trust's pseudonyms cannot be matched with another's, and none can be reversed without the secret.
 */
@ApplicationScoped
public class Pseudonyms {
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    TrackingConfig config;

    private final Map<UUID, byte[]> trustKeys = new ConcurrentHashMap<>();

    public String of(UUID trustId, UUID pupilId) {
        return HexFormat.of().formatHex(hmac(trustKey(trustId), pupilId.toString()));
    }

    private byte[] trustKey(UUID trustId) {
        return trustKeys.computeIfAbsent(trustId, t -> hmac(config.pseudonymSecret().getBytes(StandardCharsets.UTF_8),
                "golden-thread/pupil-pseudonym/" + t));
    }

    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    });

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
