package org.goldenthread.tracking;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.goldenthread.devstack.DevTokens;
import org.goldenthread.tracking.domain.Upn;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** Test data that reads like a school: trusts, schools, staff tokens, pupils with real-looking UPNs. */
public final class Fixtures {
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private Fixtures() {
    }

    /** A new trust with schools, each test its own so tests never see each other's data. */
    public record Trust(UUID id, List<UUID> schools) {
        public UUID school(int i) {
            return schools.get(i);
        }

        public String token(String role, int school) {
            return DevTokens.schoolUser(role, id, schools.get(school));
        }

        public String trustToken(String role) {
            return DevTokens.trustUser(role, id, schools.toArray(UUID[]::new));
        }

        public String mis(Collection<UUID> schoolIds) {
            return DevTokens.token("mis-" + id, List.of("MIS_INTEGRATION"), id, schoolIds);
        }
    }

    public static Trust trust(int schools) {
        return new Trust(UUID.randomUUID(), java.util.stream.IntStream.range(0, schools).mapToObj(i -> UUID.randomUUID()).toList());
    }

    /** A valid permanent UPN: Hampshire LA 850, an establishment number, allocated in 2019, a unique serial. */
    public static String upn() {
        int serial = SERIAL.incrementAndGet();
        return Upn.withCheckLetter(String.format("85020%02d19%03d", (serial / 1000) % 100, serial % 1000));
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    public static Map<String, Object> pupil(String upn, String first, String last, int yearGroup, String sex, boolean disadvantaged) {
        return Map.of("upn", upn, "firstName", first, "lastName", last, "dateOfBirth", (2026 - yearGroup - 5) + "-03-14",
                "sex", sex, "yearGroup", yearGroup, "className", yearGroup + "B", "disadvantaged", disadvantaged);
    }

    /** Posts an import and waits for it to finish; returns the finished job. */
    public static Response importAndWait(String token, String contentType, String body, String query) {
        String location = as(token).contentType(contentType).body(body)
                .post("/api/v1/imports" + (query == null ? "" : "?" + query))
                .then().statusCode(202).extract().header("Location");
        return waitFor(token, location);
    }

    public static Response waitFor(String token, String location) {
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = as(token).get(location);
            String status = last[0].jsonPath().getString("status");
            return "SUCCEEDED".equals(status) || "FAILED".equals(status);
        });
        return last[0];
    }
}
