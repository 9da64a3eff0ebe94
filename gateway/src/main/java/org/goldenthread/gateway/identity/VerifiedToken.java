package org.goldenthread.gateway.identity;

import java.util.Set;
import java.util.UUID;

/**
 * A bearer token whose signature, issuer, audience and lifetime have been checked. For the
 * gateway's own tokens {@code subject} names a client, user or the platform administrator (the
 * registry says the rest); for an external issuer's token the tenant comes from its claims.
 */
public record VerifiedToken(Caller.Kind kind, String issuerName, String subject, long expiresAtEpochSecond,
                            String displayName, Set<String> roles, UUID trustId, Set<UUID> schoolIds) {

    public boolean expired(long nowEpochSecond) {
        return nowEpochSecond >= expiresAtEpochSecond;
    }
}
