package org.goldenthread.platform;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevTokens;
import org.goldenthread.devstack.DevstackResource;
import org.goldenthread.platform.tenancy.VerifiedTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.goldenthread.platform.PlatformTestSupport.SCHOOL_A;
import static org.goldenthread.platform.PlatformTestSupport.TRUST;
import static org.goldenthread.platform.PlatformTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "platform"))
class TokensTest {
    @Inject
    JWTParser parser;

    @Test
    void verifiedTokensAreRememberedAndWhatIsNotValidStillIsRefused() {
        assertInstanceOf(VerifiedTokens.class, parser, "the services verify through the remembering parser");
        String good = DevTokens.schoolUser("SCHOOL_LEADER", TRUST, SCHOOL_A);
        as(good).get("/api/v1/notes/count").then().statusCode(200);
        as(good).get("/api/v1/notes/count").then().statusCode(200);

        // the same claims with another signature: refused although the genuine token is remembered
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        as(forged).get("/api/v1/notes/count").then().statusCode(401);
        // expired a minute and more ago (beyond any clock skew allowed)
        String expired = DevTokens.sign(DevTokens.claims("late@school", List.of("SCHOOL_LEADER"), TRUST, List.of(SCHOOL_A),
                Instant.now().minusSeconds(600), DevTokens.ISSUER, DevTokens.AUDIENCE));
        as(expired).get("/api/v1/notes/count").then().statusCode(401);
        as(expired).get("/api/v1/notes/count").then().statusCode(401);
    }
}
