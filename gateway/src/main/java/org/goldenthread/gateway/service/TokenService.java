package org.goldenthread.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.domain.ApiClient;
import org.goldenthread.gateway.domain.UserAccount;
import org.goldenthread.gateway.identity.AccessTokens;
import org.goldenthread.gateway.identity.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The token endpoint's grants: {@code client_credentials} for API clients (and the bootstrap
 * platform administrator) and, with the built-in issuer on, {@code password} for its users (a
 * development and demo convenience; a real deployment signs people in with its own OIDC issuer).
 */
@ApplicationScoped
public class TokenService {
    @Inject
    Passwords passwords;
    @Inject
    AccessTokens tokens;
    @Inject
    GatewayConfig config;

    @Transactional
    public AccessTokens.Issued clientCredentials(String clientId, String secret, boolean usedBasic) {
        if (isBootstrapAdmin(clientId)) {
            if (!constantTimeEquals(secret, config.bootstrapAdmin().clientSecret().orElse(null))) {
                throw OAuthError.invalidClient("the client id or secret is wrong", usedBasic);
            }
            return tokens.issue(Caller.Kind.PLATFORM_ADMIN, clientId, clientId, Set.of(Caller.PLATFORM_ADMIN), null);
        }
        ApiClient client = null;
        try {
            client = ApiClient.findById(UUID.fromString(clientId));
        } catch (IllegalArgumentException e) {
            // not an id we issue: treated as an unknown client below
        }
        boolean matches = passwords.matches(secret, client == null ? null : client.secretHash);
        if (client == null || !matches) {
            throw OAuthError.invalidClient("the client id or secret is wrong", usedBasic);
        }
        if (client.revoked()) {
            throw OAuthError.invalidClient("the client has been revoked", usedBasic);
        }
        return tokens.issue(Caller.Kind.CLIENT, client.id.toString(), client.id.toString(), client.roles, client.trustId);
    }

    @Transactional
    public AccessTokens.Issued password(String username, String password) {
        if (!config.builtInIssuer().enabled()) {
            throw OAuthError.unsupportedGrantType("the password grant is only offered by the built-in issuer, which is switched off");
        }
        UserAccount user = UserAccount.find("username", username.trim().toLowerCase(Locale.ROOT)).firstResult();
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash);
        if (user == null || !matches || !user.enabled) {
            throw OAuthError.invalidGrant("the username or password is wrong, or the account is disabled");
        }
        return tokens.issue(Caller.Kind.USER, user.id.toString(), "golden-thread-built-in", user.roles, user.trustId);
    }

    public boolean isBootstrapAdmin(String clientId) {
        return config.bootstrapAdmin().clientId().map(id -> id.equals(clientId)).orElse(false)
                && config.bootstrapAdmin().clientSecret().isPresent();
    }

    private static boolean constantTimeEquals(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
