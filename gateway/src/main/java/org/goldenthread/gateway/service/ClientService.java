package org.goldenthread.gateway.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.domain.ApiClient;
import org.goldenthread.gateway.domain.ClientRole;
import org.goldenthread.gateway.domain.Trust;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.identity.RegistryChanged;
import org.goldenthread.gateway.rest.ClientViews.ClientRequest;
import org.goldenthread.gateway.rest.ClientViews.RateLimitBody;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API clients of a trust. Registration and rotation hand out a secret once (only its bcrypt hash
 * is kept); revocation is final and refuses the client's very next request, whatever tokens it
 * holds.
 */
@ApplicationScoped
public class ClientService {
    @Inject
    TrustService trusts;
    @Inject
    SchoolService schools;
    @Inject
    Passwords passwords;
    @Inject
    GatewayConfig config;
    @Inject
    Event<RegistryChanged> changes;

    /** A client with the secret that was just made for it. */
    public record WithSecret(ApiClient client, String secret) {
    }

    @Transactional
    public WithSecret register(Caller caller, UUID trustId, ClientRequest request) {
        Trust trust = trusts.get(caller, trustId);
        requireManager(caller, trust.id);
        Set<UUID> schoolIds = check(caller, trust.id, request);
        String secret = passwords.newClientSecret();
        ApiClient client = new ApiClient();
        client.id = Ids.newId();
        client.trustId = trust.id;
        apply(client, request, schoolIds);
        client.secretHash = passwords.hash(secret);
        client.createdAt = Instant.now();
        client.secretRotatedAt = client.createdAt;
        client.createdBy = caller.subject();
        client.updatedAt = client.createdAt;
        client.persistAndFlush();
        return new WithSecret(client, secret);
    }

    /** The clients the caller manages: their trust's, or (platform administrator) any trust's. */
    @Transactional
    public List<ApiClient> list(Caller caller, UUID trustId, PageRequest page) {
        UUID after = Paging.after(page);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.platformAdmin()) {
            requireManager(caller, caller.trustId());
            where.append(" and trustId = :tenantTrust");
            params.and("tenantTrust", caller.trustId());
        }
        if (trustId != null) {
            where.append(" and trustId = :trust");
            params.and("trust", trustId);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", after);
        }
        return ApiClient.<ApiClient>find(where + " order by id", params).range(0, page.fetchSize() - 1).list();
    }

    /** The client, when it belongs to a trust the caller manages; 404 for another trust's. */
    @Transactional
    public ApiClient get(Caller caller, UUID id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null || !caller.canSeeTrust(client.trustId)) {
            throw ProblemException.notFound("API client " + id);
        }
        requireManager(caller, client.trustId);
        return client;
    }

    @Transactional
    public ApiClient update(Caller caller, UUID id, String ifMatch, ClientRequest request) {
        ApiClient client = get(caller, id);
        ETags.requireMatch(ifMatch, client.version);
        if (client.revoked()) {
            throw ProblemException.conflict("the client is revoked; register a new one");
        }
        Set<UUID> schoolIds = check(caller, client.trustId, request);
        apply(client, request, schoolIds);
        client.updatedAt = Instant.now();
        client.persistAndFlush();
        changes.fire(new RegistryChanged(RegistryChanged.What.CLIENT, client.id));
        return client;
    }

    /** A new secret; the old one stops working at once. Tokens already issued live out their (short) life. */
    @Transactional
    public WithSecret rotateSecret(Caller caller, UUID id) {
        ApiClient client = get(caller, id);
        if (client.revoked()) {
            throw ProblemException.conflict("the client is revoked; register a new one");
        }
        String secret = passwords.newClientSecret();
        client.secretHash = passwords.hash(secret);
        client.secretRotatedAt = Instant.now();
        client.updatedAt = client.secretRotatedAt;
        client.persistAndFlush();
        changes.fire(new RegistryChanged(RegistryChanged.What.CLIENT, client.id));
        return new WithSecret(client, secret);
    }

    /** Revokes the client for good; revoking it again changes nothing. */
    @Transactional
    public ApiClient revoke(Caller caller, UUID id) {
        ApiClient client = get(caller, id);
        if (!client.revoked()) {
            client.revokedAt = Instant.now();
            client.revokedBy = caller.subject();
            client.updatedAt = client.revokedAt;
            client.persistAndFlush();
        }
        changes.fire(new RegistryChanged(RegistryChanged.What.CLIENT, client.id));
        return client;
    }

    private static void requireManager(Caller caller, UUID trustId) {
        if (!caller.canManageTrust(trustId)) {
            throw ProblemException.forbidden("only the trust's leaders manage its API clients");
        }
    }

    private Set<UUID> check(Caller caller, UUID trustId, ClientRequest request) {
        List<UUID> requested = request.schoolIds() == null ? List.of() : request.schoolIds();
        Set<UUID> schoolIds = new LinkedHashSet<>(requested);
        Set<ClientRole> roles = request.roles();
        if (roles.contains(ClientRole.ANALYTICS)) {
            if (roles.contains(ClientRole.MIS_INTEGRATION)) {
                // ANALYTICS sees the whole trust, which would widen the MIS integration to every school.
                throw ProblemException.invalidField("roles",
                        "cannot combine ANALYTICS with MIS_INTEGRATION; register one client for each");
            }
            if (!schoolIds.isEmpty()) {
                throw ProblemException.invalidField("schoolIds", "must be empty for ANALYTICS, which sees the whole trust");
            }
        } else if (schoolIds.isEmpty()) {
            throw ProblemException.invalidField("schoolIds", "must name at least one school for MIS_INTEGRATION");
        }
        schools.requireSchoolsOfTrust(trustId, requested, "schoolIds");
        RateLimitBody limit = request.rateLimit();
        if (limit != null && !caller.platformAdmin()) {
            if (limit.requestsPerSecond() > config.rateLimit().requestsPerSecond()) {
                throw ProblemException.invalidField("rateLimit.requestsPerSecond", "must be at most "
                        + (long) config.rateLimit().requestsPerSecond() + "; ask the platform administrator for more");
            }
            if (limit.burst() > config.rateLimit().burst()) {
                throw ProblemException.invalidField("rateLimit.burst", "must be at most " + config.rateLimit().burst()
                        + "; ask the platform administrator for more");
            }
        }
        return schoolIds;
    }

    private static void apply(ApiClient client, ClientRequest request, Set<UUID> schoolIds) {
        client.name = request.name().trim();
        client.roles.clear();
        client.roles.addAll(request.roles().stream().map(Enum::name).collect(Collectors.toSet()));
        client.schoolIds.clear();
        client.schoolIds.addAll(new HashSet<>(schoolIds));
        client.rateLimitPerSecond = request.rateLimit() == null ? null : request.rateLimit().requestsPerSecond();
        client.rateLimitBurst = request.rateLimit() == null ? null : request.rateLimit().burst();
    }
}
