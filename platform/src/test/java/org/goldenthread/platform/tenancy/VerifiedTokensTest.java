package org.goldenthread.platform.tenancy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerifiedTokensTest {
    private static final long NOW = 1_800_000_000L;

    /** Counts what reaches the real verifier; a token is "valid" when it starts with "good". */
    static final class CountingVerifier extends DefaultJWTParser {
        final List<String> checked = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checked.add(token);
            if (!token.startsWith("good")) {
                throw new ParseException("bad signature");
            }
            long exp = Long.parseLong(token.substring(token.indexOf('@') + 1));
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp");
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String claimName) {
                    return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
                }
            };
        }
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        String token = "good@" + (NOW + 300);
        JsonWebToken first = new VerifiedTokens(verifier, at(NOW)).parse(token);
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW));
        JsonWebToken a = tokens.parse(token);
        JsonWebToken b = tokens.parse(token);
        assertSame(a, b);
        assertEquals(2, verifier.checked.size(), "one check per parser, none for the second parse: " + verifier.checked);
        assertEquals(first.getName(), a.getName());
    }

    @Test
    void anExpiredTokenIsNeverServedFromMemory() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        String token = "good@" + (NOW + 300);
        VerifiedTokens now = new VerifiedTokens(verifier, at(NOW));
        now.parse(token);
        VerifiedTokens later = new VerifiedTokens(verifier, at(NOW + 301));
        later.parse(token); // verified again (the real verifier would refuse it as expired)
        assertEquals(2, verifier.checked.size());
    }

    @Test
    void aTokenThatFailsIsNotRememberedAndEveryByteCounts() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW));
        assertThrows(ParseException.class, () -> tokens.parse("forged@" + (NOW + 300)));
        assertThrows(ParseException.class, () -> tokens.parse("forged@" + (NOW + 300)));
        tokens.parse("good@" + (NOW + 300));
        tokens.parse("good@" + (NOW + 301));
        assertEquals(4, verifier.checked.size(), "nothing refused or different is taken from memory");
    }
}
