package org.goldenthread.platform.tenancy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' token parser: verifies as smallrye-jwt does, and remembers a verified token until it
 * expires. The gateway reuses an internal token for the same caller for minutes, so without this
 * every request would check the same RS256 signature again (a fifth of a light request's CPU). The
 * whole token is the key, signature included: a token changed in any byte is verified afresh.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    private static final int LIMIT = 10_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private JWTParser verifier;
    private Clock clock = Clock.systemUTC();

    @Inject
    void verifier(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    VerifiedTokens() {
    }

    /** For tests: a given verifier and clock. */
    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken held = held(token);
        return held != null ? held : remember(token, verifier.parse(token));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        JsonWebToken held = held(token);
        return held != null ? held : remember(token, verifier.parse(token, context));
    }

    private JsonWebToken held(String token) {
        JsonWebToken jwt = verified.get(token);
        if (jwt != null && jwt.getExpirationTime() <= clock.instant().getEpochSecond()) {
            verified.remove(token);
            return null;
        }
        return jwt;
    }

    private JsonWebToken remember(String token, JsonWebToken jwt) {
        if (jwt.getExpirationTime() > clock.instant().getEpochSecond()) {
            if (verified.size() >= LIMIT) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
