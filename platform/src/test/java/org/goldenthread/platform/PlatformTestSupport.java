package org.goldenthread.platform;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevTokens;

import java.util.UUID;

/** Tenants and requests for the platform's tests. */
public final class PlatformTestSupport {
    public static final UUID TRUST = UUID.fromString("0b5c1f4e-1111-4a1a-9a1a-000000000001");
    public static final UUID OTHER_TRUST = UUID.fromString("0b5c1f4e-2222-4a1a-9a1a-000000000002");
    public static final UUID SCHOOL_A = UUID.fromString("5c0a0000-0000-4000-8000-00000000000a");
    public static final UUID SCHOOL_B = UUID.fromString("5c0b0000-0000-4000-8000-00000000000b");

    private PlatformTestSupport() {
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    public static RequestSpecification leaderOfA() {
        return as(DevTokens.schoolUser("SCHOOL_LEADER", TRUST, SCHOOL_A));
    }

    public static RequestSpecification leaderOfB() {
        return as(DevTokens.schoolUser("SCHOOL_LEADER", TRUST, SCHOOL_B));
    }

    public static String note(UUID school, String title) {
        return """
                {"schoolId":"%s","title":"%s","term":"SPRING","pupils":28,"tags":["writing"]}""".formatted(school, title);
    }
}
