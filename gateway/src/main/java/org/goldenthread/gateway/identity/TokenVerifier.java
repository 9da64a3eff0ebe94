package org.goldenthread.gateway.identity;

import io.vertx.core.Future;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.UnresolvableKeyException;

import java.security.Key;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a bearer token: a JWT signed (RS256 only) by the gateway's own keys with its issuer and
 * audience, or one from a configured external OIDC issuer. Anything else (another issuer, an
 * internal token replayed at the edge, alg {@code none}, an HMAC made with a public key, an
 * expired token) is refused with the reason.
 */
@ApplicationScoped
public class TokenVerifier {
    private static final int CLOCK_SKEW_SECONDS = 30;

    @Inject
    GatewayConfig config;
    @Inject
    SigningKeys keys;
    @Inject
    ExternalIssuers external;

    private JwtConsumer unverified;
    private JwtConsumer own;

    @PostConstruct
    void build() {
        unverified = new JwtConsumerBuilder()
                .setSkipAllValidators()
                .setDisableRequireSignature()
                .setSkipSignatureVerification()
                .build();
        own = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedIssuer(config.accessToken().issuer())
                .setExpectedAudience(config.accessToken().audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    Key key = keys.publicKey(jws.getKeyIdHeaderValue()).orElse(null);
                    if (key == null) {
                        throw new UnresolvableKeyException("unknown kid " + jws.getKeyIdHeaderValue());
                    }
                    return key;
                })
                .build();
    }

    /** Verifies the token; a failed future carries {@link InvalidCredentials}. */
    public Future<VerifiedToken> verify(String token) {
        JwtContext context;
        String issuer;
        try {
            context = unverified.process(token);
            issuer = context.getJwtClaims().getIssuer();
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Future.failedFuture(new InvalidCredentials("the bearer token is not a well-formed JWT"));
        }
        if (issuer == null) {
            return Future.failedFuture(new InvalidCredentials("the bearer token names no issuer"));
        }
        if (issuer.equals(config.accessToken().issuer())) {
            if (!AlgorithmIdentifiers.RSA_USING_SHA256.equals(algorithm(context))) {
                return Future.failedFuture(new InvalidCredentials("the token is signed with an algorithm this API does not accept"));
            }
            try {
                return Future.succeededFuture(verifyOwn(context));
            } catch (InvalidCredentials e) {
                return Future.failedFuture(e);
            }
        }
        ExternalIssuers.Issuer externalIssuer = external.byIssuer(issuer);
        if (externalIssuer == null) {
            return Future.failedFuture(new InvalidCredentials("the token's issuer is not one this API trusts"));
        }
        return externalIssuer.verify(context);
    }

    /** The JWS {@code alg} header, checked before any key is looked up. */
    static String algorithm(JwtContext context) {
        return context.getJoseObjects().isEmpty() ? null : context.getJoseObjects().get(0).getAlgorithmHeaderValue();
    }

    private VerifiedToken verifyOwn(JwtContext context) {
        try {
            own.processContext(context);
            JwtClaims claims = context.getJwtClaims();
            String kind = claims.getStringClaimValue(AccessTokens.KIND_CLAIM);
            Caller.Kind parsed;
            try {
                parsed = kind == null ? null : Caller.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            if (parsed == null || parsed == Caller.Kind.EXTERNAL_USER) {
                throw new InvalidCredentials("the token does not say who it was issued to");
            }
            return new VerifiedToken(parsed, "gateway", claims.getSubject(),
                    claims.getExpirationTime().getValue(), null, Set.of(), null, Set.of());
        } catch (InvalidJwtException e) {
            throw new InvalidCredentials(reason(e));
        } catch (MalformedClaimException e) {
            throw new InvalidCredentials("the token has a malformed claim");
        }
    }

    /** Why a token failed, in an integrator's words. */
    static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "the token has expired; get a new one";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "the token's issuer is not one this API trusts";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the token is not meant for this API (audience)";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "the token has no expiry";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "the token is not valid yet";
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidAlgorithmException) {
                return "the token is signed with an algorithm this API does not accept";
            }
            if (cause instanceof UnresolvableKeyException) {
                return "the token is signed with a key this API does not know";
            }
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "the token's signature is not valid";
        }
        return "the token is not valid";
    }
}
