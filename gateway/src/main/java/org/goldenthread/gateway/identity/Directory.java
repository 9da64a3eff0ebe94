package org.goldenthread.gateway.identity;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the registry currently says about a caller: an API client's roles, schools and whether it
 * is revoked; a user's roles, schools and whether they may sign in; a trust's schools. Read from
 * the database on a worker thread and cached for at most {@code registry.cache-ttl} (2 s by
 * default), and forgotten at once when this gateway commits a change.
 */
@ApplicationScoped
public class Directory {
    private static final int MAX_ENTRIES = 50_000;

    public record ClientState(UUID id, UUID trustId, String name, Set<String> roles, Set<UUID> schoolIds,
                              boolean revoked, Integer requestsPerSecond, Integer burst) {
    }

    public record UserState(UUID id, UUID trustId, String username, String displayName, Set<String> roles,
                            Set<UUID> schoolIds, boolean enabled) {
    }

    @Inject
    Vertx vertx;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    GatewayConfig config;

    private TtlCache<UUID, Optional<ClientState>> clients;
    private TtlCache<UUID, Optional<UserState>> users;
    private TtlCache<UUID, Optional<Set<UUID>>> trustSchools;

    @PostConstruct
    void create() {
        clients = new TtlCache<>(vertx, config.registry().cacheTtl(), MAX_ENTRIES, this::loadClient);
        users = new TtlCache<>(vertx, config.registry().cacheTtl(), MAX_ENTRIES, this::loadUser);
        trustSchools = new TtlCache<>(vertx, config.registry().cacheTtl(), MAX_ENTRIES, this::loadTrustSchools);
    }

    public Future<Optional<ClientState>> client(UUID id) {
        return clients.get(id);
    }

    public Future<Optional<UserState>> user(UUID id) {
        return users.get(id);
    }

    /** The trust's school ids, or empty when there is no such trust. */
    public Future<Optional<Set<UUID>>> trustSchools(UUID trustId) {
        return trustSchools.get(trustId);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged change) {
        switch (change.what()) {
            case CLIENT -> clients.invalidate(change.id());
            case USER -> users.invalidate(change.id());
            case TRUST -> trustSchools.invalidate(change.id());
        }
    }

    private Optional<ClientState> loadClient(UUID id) {
        String sql = """
                SELECT c.trust_id, c.name, c.revoked_at IS NOT NULL, c.rate_limit_per_second, c.rate_limit_burst,
                       ARRAY(SELECT r.role FROM api_client_role r WHERE r.api_client_id = c.id),
                       ARRAY(SELECT s.school_id FROM api_client_school s WHERE s.api_client_id = c.id)
                FROM api_client c WHERE c.id = ?""";
        return query(sql, id, rs -> new ClientState(id, rs.getObject(1, UUID.class), rs.getString(2), strings(rs.getArray(6)),
                uuids(rs.getArray(7)), rs.getBoolean(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5)));
    }

    private Optional<UserState> loadUser(UUID id) {
        String sql = """
                SELECT u.trust_id, u.username, u.display_name, u.enabled,
                       ARRAY(SELECT r.role FROM user_account_role r WHERE r.user_account_id = u.id),
                       ARRAY(SELECT s.school_id FROM user_account_school s WHERE s.user_account_id = u.id)
                FROM user_account u WHERE u.id = ?""";
        return query(sql, id, rs -> new UserState(id, rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                strings(rs.getArray(5)), uuids(rs.getArray(6)), rs.getBoolean(4)));
    }

    private Optional<Set<UUID>> loadTrustSchools(UUID trustId) {
        String sql = "SELECT ARRAY(SELECT s.id FROM school s WHERE s.trust_id = t.id) FROM trust t WHERE t.id = ?";
        return query(sql, trustId, rs -> uuids(rs.getArray(1)));
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> query(String sql, UUID id, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry", e);
        }
    }

    private static Set<String> strings(Array array) throws SQLException {
        Set<String> out = new HashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(o.toString());
        }
        return Set.copyOf(out);
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> out = new HashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
        }
        return Set.copyOf(out);
    }
}
