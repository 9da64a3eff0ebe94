package org.goldenthread.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo trust in the gateway's registry, entered as a platform administrator would: the trust,
 * its real schools from GIAS, its people (a trust leader, and per school a headteacher, a subject
 * leader, a teacher and a governor) with one demo password, and two API clients (the MIS for
 * every school, trust analytics). Registers a persona for each, with tokens cached until shortly
 * before they expire, and the credentials ./run prints.
 */
final class OrganisationSeed implements SeedStep {
    /** The password of every demo user (the built-in issuer; a demo convenience). */
    static final String DEMO_PASSWORD = "golden-thread-demo";

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void seed(DemoContext context) throws Exception {
        String admin = clientToken(context, context.adminClientId(), context.adminClientSecret()).token();
        DemoTrust trust = context.trust();
        String slug = slug(trust.name());

        JsonNode created = context.post("/api/v1/trusts", admin, Map.of("name", trust.name()));
        trust.id(created.path("id").asText());

        for (DemoSchool school : trust.schools()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("urn", school.urn());
            body.put("name", school.name());
            body.put("phase", phase(school.phase()));
            body.put("localAuthority", school.localAuthority());
            if (school.lowAge() > 0 && school.highAge() >= school.lowAge()) {
                body.put("statutoryLowAge", school.lowAge());
                body.put("statutoryHighAge", school.highAge());
            }
            JsonNode registered = context.post("/api/v1/trusts/" + trust.id() + "/schools", admin, body,
                    Map.of("Idempotency-Key", "demo-school-" + school.urn()));
            school.id(registered.path("id").asText());
        }

        String users = "/api/v1/trusts/" + trust.id() + "/users";
        String ceo = "ceo@" + slug + ".demo";
        context.post(users, admin, user(ceo, "Chief Executive, " + trust.name(), List.of("TRUST_LEADER"), List.of()));
        context.persona("trust-leader", cached(() -> passwordToken(context, ceo)));

        Set<String> usedSlugs = new HashSet<>();
        Map<String, String> schoolSlugs = new LinkedHashMap<>();
        for (DemoSchool school : trust.schools()) {
            String schoolSlug = usedSlugs.add(school.slug()) ? school.slug() : school.slug() + "-" + school.urn();
            schoolSlugs.put(school.urn(), schoolSlug);
            List<String> only = List.of(school.id());
            String[][] people = {
                    {"school-leader", "head", "Headteacher", "SCHOOL_LEADER"},
                    {"subject-leader", "english-lead", "English subject leader", "SUBJECT_LEADER"},
                    {"teacher", "teacher", "Class teacher", "TEACHER"},
                    {"governor", "governor", "Chair of governors", "GOVERNOR"}};
            for (String[] person : people) {
                String username = person[1] + "@" + schoolSlug + ".demo";
                context.post(users, admin, user(username, person[2] + ", " + school.name(), List.of(person[3]), only));
                context.persona(person[0] + ":" + school.urn(), cached(() -> passwordToken(context, username)));
            }
        }

        List<String> everySchool = trust.schools().stream().map(DemoSchool::id).toList();
        // The seeds push a whole trust's data through these clients, faster than the default per-client rate.
        Map<String, Object> generous = Map.of("requestsPerSecond", 1000, "burst", 2000);
        JsonNode mis = context.post("/api/v1/trusts/" + trust.id() + "/clients", admin, Map.of(
                "name", trust.name() + " MIS sync", "roles", List.of("MIS_INTEGRATION"), "schoolIds", everySchool,
                "rateLimit", generous));
        JsonNode analytics = context.post("/api/v1/trusts/" + trust.id() + "/clients", admin, Map.of(
                "name", trust.name() + " analytics", "roles", List.of("ANALYTICS"), "rateLimit", generous));
        String misId = mis.path("clientId").asText();
        String misSecret = mis.path("clientSecret").asText();
        String analyticsId = analytics.path("clientId").asText();
        String analyticsSecret = analytics.path("clientSecret").asText();
        context.persona("mis", cached(() -> clientToken(context, misId, misSecret)));
        context.persona("analytics", cached(() -> clientToken(context, analyticsId, analyticsSecret)));

        DemoSchool shown = trust.schools().stream().filter(s -> s.ks2().isPresent()).findFirst()
                .orElse(trust.schools().get(0));
        String shownSlug = schoolSlugs.get(shown.urn());
        String gateway = context.gateway().toString().replaceAll("/+$", "");
        // Labels fit the launcher's 28-character column.
        context.credential("Password (all demo users)", DEMO_PASSWORD);
        context.credential("Trust leader", ceo);
        context.credential("Headteacher, URN " + shown.urn(), "head@" + shownSlug + ".demo (" + shown.name() + ")");
        context.credential("Teacher, URN " + shown.urn(), "teacher@" + shownSlug + ".demo");
        context.credential("Governor, URN " + shown.urn(), "governor@" + shownSlug + ".demo");
        context.credential("Other schools' staff", "head@, english-lead@, teacher@, governor@<school>.demo");
        context.credential("MIS client (every school)", "client_id " + misId + "  client_secret " + misSecret);
        context.credential("Analytics client", "client_id " + analyticsId + "  client_secret " + analyticsSecret);
        context.credential("User token", "curl -s " + gateway + "/oauth/token -d grant_type=password -d username=" + ceo
                + " -d password=" + DEMO_PASSWORD);
        context.credential("Client token", "curl -s -u " + misId + ":" + misSecret + " " + gateway
                + "/oauth/token -d grant_type=client_credentials");
    }

    private static Map<String, Object> user(String username, String displayName, List<String> roles, List<String> schoolIds) {
        return Map.of("username", username, "displayName", displayName, "password", DEMO_PASSWORD,
                "roles", roles, "schoolIds", schoolIds);
    }

    /** GIAS "PhaseOfEducation (name)" onto the registry's phases. */
    static String phase(String gias) {
        String p = gias == null ? "" : gias.toLowerCase(Locale.ROOT);
        if (p.startsWith("middle")) {
            return "MIDDLE";
        }
        if (p.startsWith("secondary")) {
            return "SECONDARY";
        }
        if (p.startsWith("all-through") || p.startsWith("all through")) {
            return "ALL_THROUGH";
        }
        if (p.startsWith("nursery")) {
            return "NURSERY";
        }
        if (p.startsWith("16 plus")) {
            return "SIXTEEN_PLUS";
        }
        if (p.startsWith("not applicable")) {
            return "SPECIAL";
        }
        return "PRIMARY";
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private record Token(String token, Instant expiresAt) {
    }

    /** Keeps a token until a minute before it expires. */
    private static Supplier<String> cached(Supplier<Token> fetch) {
        return new Supplier<>() {
            private Token current;

            @Override
            public synchronized String get() {
                if (current == null || Instant.now().isAfter(current.expiresAt().minusSeconds(60))) {
                    current = fetch.get();
                }
                return current.token();
            }
        };
    }

    private static Token passwordToken(DemoContext context, String username) {
        return token(context, null, "grant_type=password&username=" + encode(username) + "&password=" + encode(DEMO_PASSWORD));
    }

    private static Token clientToken(DemoContext context, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return token(context, "Basic " + basic, "grant_type=client_credentials");
    }

    private static Token token(DemoContext context, String authorization, String form) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(context.gateway().resolve(URI.create("/oauth/token")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = context.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /oauth/token answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = context.json().readTree(response.body());
            return new Token(body.path("access_token").asText(),
                    Instant.now().plusSeconds(body.path("expires_in").asLong(900)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot get a token from the gateway: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
