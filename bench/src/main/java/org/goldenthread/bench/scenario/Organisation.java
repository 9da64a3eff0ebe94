package org.goldenthread.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A trust, its schools, users and API clients registered through the gateway's registry by the platform
 * administrator, as a new trust would be onboarded. Clients and users get the gateway's default rate limit, which
 * {@link BenchSystem} raises above any benchmark rate.
 */
public final class Organisation {

    /** Password of every user a scenario makes (bcrypt allows up to 72 bytes, the gateway needs at least 10). */
    public static final String PASSWORD = "bench-password-1";

    public record School(UUID id, String urn, String name) {
    }

    public record Trust(UUID id, String name, List<School> schools) {
        public School school(int index) {
            return schools.get(index);
        }

        public List<UUID> schoolIds() {
            return schools.stream().map(School::id).toList();
        }
    }

    /** An API client's credentials (the secret is only ever shown at registration). */
    public record Client(String clientId, String secret) {
    }

    private final Api gateway;
    private final String admin;

    public Organisation(Api gateway, String adminToken) {
        this.gateway = gateway;
        this.admin = adminToken;
    }

    /** A trust with {@code schools} primary schools (URNs from {@code firstUrn}). */
    public Trust trust(String name, int schools, int firstUrn) {
        UUID trustId = UUID.fromString(gateway.post("/api/v1/trusts", admin, Map.of("name", name)).expect(201).json()
                .path("id").asText());
        List<School> list = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String urn = Integer.toString(firstUrn + i);
            String schoolName = name + " Primary School " + (i + 1);
            JsonNode school = gateway.post("/api/v1/trusts/" + trustId + "/schools", admin, Map.of(
                    "urn", urn, "name", schoolName, "phase", "PRIMARY", "localAuthority", "Hampshire",
                    "statutoryLowAge", 4, "statutoryHighAge", 11)).expect(201).json();
            list.add(new School(UUID.fromString(school.path("id").asText()), urn, schoolName));
        }
        return new Trust(trustId, name, List.copyOf(list));
    }

    /** A user of the built-in issuer with one role; {@code schools} empty for a trust-wide role. Returns the user name. */
    public String user(Trust trust, String username, String role, List<UUID> schools) {
        gateway.post("/api/v1/trusts/" + trust.id() + "/users", admin, Map.of("username", username,
                "displayName", username, "password", PASSWORD, "roles", List.of(role),
                "schoolIds", schools.stream().map(UUID::toString).toList())).expect(201);
        return username;
    }

    /** An API client with one role; {@code schools} null for an ANALYTICS client (the whole trust). */
    public Client client(Trust trust, String name, String role, List<UUID> schools) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roles", List.of(role));
        if (schools != null) {
            body.put("schoolIds", schools.stream().map(UUID::toString).toList());
        }
        JsonNode created = gateway.post("/api/v1/trusts/" + trust.id() + "/clients", admin, body).expect(201).json();
        return new Client(created.path("clientId").asText(), created.path("clientSecret").asText());
    }
}
