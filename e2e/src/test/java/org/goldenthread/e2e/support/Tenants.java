package org.goldenthread.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.goldenthread.devstack.GoldenThreadSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trusts, schools, users and API clients made through the gateway's registry for black-box tests,
 * each test class with its own (unique URNs and names), so tests never depend on one another.
 */
public final class Tenants {
    public static final String PASSWORD = "e2e-password-1";
    private static final AtomicInteger URNS = new AtomicInteger(900_000 + (int) (System.nanoTime() % 50_000));

    private Tenants() {
    }

    /** A trust with its schools and one user per role per school, plus MIS and analytics clients. */
    public record Trust(String id, String name, List<School> schools, Map<String, String> users,
                        Map<String, String[]> clients, Api api) {
        private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

        public School school(int index) {
            return schools.get(index);
        }

        /**
         * A token for a persona: {@code trust-leader}, {@code school-leader:<n>}, {@code subject-leader:<n>},
         * {@code teacher:<n>}, {@code governor:<n>} (n = the school's index), {@code mis} (every school),
         * {@code mis:<n>} (one school), {@code analytics}.
         */
        public String token(String persona) {
            return TOKENS.computeIfAbsent(id + "/" + persona, k -> {
                if (users.containsKey(persona)) {
                    return api.userToken(users.get(persona), PASSWORD);
                }
                String[] client = clients.get(persona);
                if (client == null) {
                    throw new IllegalArgumentException("no persona " + persona + " in trust " + name);
                }
                return api.clientToken(client[0], client[1]);
            });
        }
    }

    public record School(String id, String urn, String name) {
    }

    public static Trust create(GoldenThreadSystem system, String name, int schools) {
        Api api = new Api(system.gateway());
        String admin = api.clientToken(GoldenThreadSystem.ADMIN_CLIENT_ID, system.adminClientSecret());
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        String trustId = api.post("/api/v1/trusts", admin, Map.of("name", unique)).expect(201).json().path("id").asText();
        List<School> list = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String urn = String.valueOf(URNS.incrementAndGet());
            String schoolName = unique + " Primary School " + (i + 1);
            JsonNode school = api.post("/api/v1/trusts/" + trustId + "/schools", admin, Map.of(
                    "urn", urn, "name", schoolName, "phase", "PRIMARY", "localAuthority", "Hampshire",
                    "statutoryLowAge", 4, "statutoryHighAge", 11)).expect(201).json();
            list.add(new School(school.path("id").asText(), urn, schoolName));
        }
        String slug = unique.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Map<String, String> users = new LinkedHashMap<>();
        users.put("trust-leader", user(api, admin, trustId, "ceo@" + slug + ".test", "TRUST_LEADER", List.of()));
        String[][] roles = {{"school-leader", "SCHOOL_LEADER"}, {"subject-leader", "SUBJECT_LEADER"},
                {"teacher", "TEACHER"}, {"governor", "GOVERNOR"}};
        for (int i = 0; i < list.size(); i++) {
            for (String[] role : roles) {
                users.put(role[0] + ":" + i, user(api, admin, trustId, role[0] + i + "@" + slug + ".test", role[1],
                        List.of(list.get(i).id())));
            }
        }
        Map<String, String[]> clients = new LinkedHashMap<>();
        Map<String, Object> generous = Map.of("requestsPerSecond", 1000, "burst", 2000);
        clients.put("mis", client(api, admin, trustId, "MIS all schools", "MIS_INTEGRATION",
                list.stream().map(School::id).toList(), generous));
        for (int i = 0; i < list.size(); i++) {
            clients.put("mis:" + i, client(api, admin, trustId, "MIS school " + i, "MIS_INTEGRATION",
                    List.of(list.get(i).id()), generous));
        }
        clients.put("analytics", client(api, admin, trustId, "Analytics", "ANALYTICS", null, generous));
        return new Trust(trustId, unique, List.copyOf(list), users, clients, api);
    }

    private static String user(Api api, String admin, String trustId, String username, String role, List<String> schools) {
        api.post("/api/v1/trusts/" + trustId + "/users", admin, Map.of("username", username, "displayName", username,
                "password", PASSWORD, "roles", List.of(role), "schoolIds", schools)).expect(201);
        return username;
    }

    private static String[] client(Api api, String admin, String trustId, String name, String role, List<String> schools,
                                   Map<String, Object> rateLimit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roles", List.of(role));
        if (schools != null) {
            body.put("schoolIds", schools);
        }
        body.put("rateLimit", rateLimit);
        JsonNode created = api.post("/api/v1/trusts/" + trustId + "/clients", admin, body).expect(201).json();
        return new String[] {created.path("clientId").asText(), created.path("clientSecret").asText()};
    }
}
