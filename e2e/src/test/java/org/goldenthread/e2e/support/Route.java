package org.goldenthread.e2e.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One operation of the public API in the tenant-isolation route table: how to call it on school
 * A0's fixture, who may use it at all, what its owner gets, and what must stay unchanged when
 * someone else is refused.
 */
public final class Route {

    /** How another tenant's call is judged. */
    public enum Kind {
        /** Anyone, without a token; carries no tenant's data. */
        PUBLIC,
        /** Names an A0 resource (path id, path school, or a schoolId in the body): others get 404. */
        TARGETED,
        /** A list, search, calendar or feed scoped to the caller: others get 200 without a trace of A0. */
        COLLECTION,
        /** The platform administrator's alone: every tenant's caller gets 403. */
        ADMIN_ONLY
    }

    /** An answer the suite expects, stated exactly: a status, and for a 400 the field it must name. */
    public record Expected(int status, String field, String reason) {
        public static Expected of(int status, String reason) {
            return new Expected(status, null, reason);
        }

        public static Expected field(int status, String field, String reason) {
            return new Expected(status, field, reason);
        }
    }

    /** A variant of a collection call with a filter naming A0 (or trust A), and what others get for it. */
    public record Filter(String query, int otherSchool, int otherTrust) {
    }

    private final String method;
    private final String template;
    private Kind kind = Kind.TARGETED;
    private String target;
    private final Set<String> roles = new LinkedHashSet<>();
    private Function<IsolationFixture, Caller> owner = IsolationFixture::schoolLeader;
    private int ok = 200;
    private Function<Ids, Object> body;
    private String contentType = "application/json";
    private String self;
    private String selfVersionPointer;
    private String ifMatchKey;
    private final List<String> witnesses = new ArrayList<>();
    private Function<IsolationFixture, Map<String, String>> spare;
    private boolean trustRecord;
    private boolean pseudonymous;
    private final Map<String, Expected> overrides = new LinkedHashMap<>();
    private final List<Filter> filters = new ArrayList<>();
    private final List<String> sees = new ArrayList<>();

    private Route(String method, String template) {
        this.method = method;
        this.template = template;
        this.target = template;
    }

    /** {@code "GET /api/v1/plans/{id}"}: the operation exactly as the merged OpenAPI document names it. */
    public static Route of(String operation) {
        String[] parts = operation.split(" ", 2);
        return new Route(parts[0], parts[1]);
    }

    // ---- building

    /** The concrete call, with {@code {name}} placeholders for fixture values, e.g. {@code /api/v1/plans/{plan}}. */
    public Route target(String target) {
        this.target = target;
        return this;
    }

    public Route kind(Kind kind) {
        this.kind = kind;
        return this;
    }

    public Route roles(String... roles) {
        this.roles.addAll(List.of(roles));
        return this;
    }

    public Route owner(Function<IsolationFixture, Caller> owner) {
        this.owner = owner;
        return this;
    }

    /** The owner's success status. */
    public Route ok(int status) {
        this.ok = status;
        return this;
    }

    public Route body(Function<Ids, Object> body) {
        this.body = body;
        return this;
    }

    public Route body(Function<Ids, Object> body, String contentType) {
        this.body = body;
        this.contentType = contentType;
        return this;
    }

    /** The resource the write changes: its ETag goes in If-Match, and it is re-read after every refusal. */
    public Route self(String path) {
        this.self = path;
        return this;
    }

    /** As {@link #self(String)}, for a resource read in a list: its version is at this JSON pointer. */
    public Route self(String path, String versionPointer) {
        this.self = path;
        this.selfVersionPointer = versionPointer;
        return this;
    }

    /**
     * If-Match comes from this fixture value: for a resource no read gives the version of (the
     * ETag its write answered with was kept).
     */
    public Route ifMatch(String idsKey) {
        this.ifMatchKey = idsKey;
        return this;
    }

    /** Further reads (as the owner) that must answer the same before and after a refused write. */
    public Route witness(String... paths) {
        witnesses.addAll(List.of(paths));
        return this;
    }

    /** The owner's own write goes to a disposable resource made by this, not to the fixture's. */
    public Route spare(Function<IsolationFixture, Map<String, String>> spare) {
        this.spare = spare;
        return this;
    }

    /** The target is trust A's own record (the trust itself): school A1's staff may see it as theirs. */
    public Route trustRecord() {
        this.trustRecord = true;
        return this;
    }

    /** An event feed: whoever reads it, it never names a pupil. */
    public Route pseudonymous() {
        this.pseudonymous = true;
        return this;
    }

    /** The exact answer for one caller where the general rule does not hold, with the reason. */
    public Route expect(String callerLabel, Expected expected) {
        overrides.put(callerLabel, expected);
        return this;
    }

    public Route filter(String query, int otherSchool, int otherTrust) {
        filters.add(new Filter(query, otherSchool, otherTrust));
        return this;
    }

    /** Fixture values (or {@code text:…} literals) the owner's answer must contain: the test would see a leak. */
    public Route sees(String... keys) {
        sees.addAll(List.of(keys));
        return this;
    }

    // ---- reading

    public String operation() {
        return method + " " + template;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    public Kind kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public Caller owner(IsolationFixture fixture) {
        return owner.apply(fixture);
    }

    public int ok() {
        return ok;
    }

    public boolean write() {
        return !method.equals("GET");
    }

    public Object body(Ids ids) {
        return body == null ? null : body.apply(ids);
    }

    public String contentType() {
        return contentType;
    }

    public String self() {
        return self;
    }

    public String selfVersionPointer() {
        return selfVersionPointer;
    }

    public String ifMatchKey() {
        return ifMatchKey;
    }

    public List<String> witnesses() {
        List<String> all = new ArrayList<>();
        if (self != null) {
            all.add(self);
        }
        all.addAll(witnesses);
        return all;
    }

    public Map<String, String> spare(IsolationFixture fixture) {
        return spare == null ? Map.of() : spare.apply(fixture);
    }

    public boolean isTrustRecord() {
        return trustRecord;
    }

    public boolean pseudonymousFeed() {
        return pseudonymous;
    }

    public Expected override(Caller caller) {
        return overrides.get(caller.label());
    }

    public Set<String> overriddenCallers() {
        return overrides.keySet();
    }

    public List<Filter> filters() {
        return List.copyOf(filters);
    }

    public List<String> sees() {
        return List.copyOf(sees);
    }

    @Override
    public String toString() {
        return operation();
    }
}
