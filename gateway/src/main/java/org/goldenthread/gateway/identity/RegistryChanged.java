package org.goldenthread.gateway.identity;

import java.util.UUID;

/**
 * Fired by the registry services when a client, user or school changes; once the transaction has
 * committed, the gateway forgets what it cached about it, so a revocation applies to the very
 * next request.
 */
public record RegistryChanged(What what, UUID id) {
    public enum What { CLIENT, USER, TRUST }
}
