package org.goldenthread.tracking.service.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.config.TrackingConfig;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The import job table: submitting, claiming, reporting progress and finishing jobs, and reading them back scoped. */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    /** Errors shown inline on the job; the rest are paged from /errors. */
    public static final int ERRORS_INLINE = 100;

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TrackingConfig config;

    /** Stores a new job with its content, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID submit(Tenant tenant, ImportFormat format, ImportMode mode, UUID defaultSchool, byte[] content, String sha256) {
        UUID id = Ids.newId();
        UUID[] allowed = tenant.schoolIds().toArray(UUID[]::new);
        em.createNativeQuery("""
                        INSERT INTO import_job (id, trust_id, school_ids, allowed_school_ids, default_school_id, submitted_by,
                            format, mode, status, content, content_sha256, content_bytes, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'QUEUED', ?9, ?10, ?11, ?12)""")
                .setParameter(1, id)
                .setParameter(2, tenant.trustId())
                .setParameter(3, defaultSchool == null ? allowed : new UUID[]{defaultSchool})
                .setParameter(4, allowed)
                .setParameter(5, defaultSchool)
                .setParameter(6, tenant.subject())
                .setParameter(7, format.name())
                .setParameter(8, mode.name())
                .setParameter(9, content)
                .setParameter(10, sha256)
                .setParameter(11, (long) content.length)
                .setParameter(12, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return id;
    }

    /**
     * The job, if the caller may see it: their trust, and either they submitted it, or every school
     * it touches is one of theirs (trust-wide roles see all the trust's imports). Otherwise 404.
     */
    public ImportJob find(Tenant tenant, UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT id, status, format, mode, submitted_by, school_ids, rows_total, rows_processed, rows_applied,
                         pupils_applied, assessments_applied, rows_unchanged, rows_rejected, error_count, detail, created_at,
                         started_at, finished_at
                     FROM import_job
                     WHERE id = ? AND trust_id = ? AND (submitted_by = ? OR ? OR school_ids <@ ?)""")) {
            ps.setObject(1, id);
            ps.setObject(2, tenant.trustId());
            ps.setString(3, tenant.subject());
            ps.setBoolean(4, tenant.isTrustWide());
            ps.setArray(5, c.createArrayOf("uuid", tenant.scope().schoolIdArray()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("import " + id);
                }
                UUID[] schools = (UUID[]) rs.getArray(6).getArray();
                return new ImportJob(rs.getObject(1, UUID.class), ImportStatus.valueOf(rs.getString(2)),
                        ImportFormat.valueOf(rs.getString(3)), ImportMode.valueOf(rs.getString(4)), rs.getString(5),
                        List.of(schools), (Integer) rs.getObject(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                        rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15),
                        rs.getObject(16, OffsetDateTime.class), rs.getObject(17, OffsetDateTime.class),
                        rs.getObject(18, OffsetDateTime.class), errors(c, id, 0, ERRORS_INLINE));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read import " + id, e);
        }
    }

    /** A page of a visible job's errors, in line order, after the error number {@code after}. */
    public List<Numbered> errorPage(Tenant tenant, UUID id, int after, int limit) {
        find(tenant, id);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT seq, line, field, message, rejected_value FROM import_error
                     WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?""")) {
            ps.setObject(1, id);
            ps.setInt(2, after);
            ps.setInt(3, limit);
            List<Numbered> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Numbered(rs.getInt(1), new RowError((Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the errors of import " + id, e);
        }
    }

    /** An error with its position in the job's list, for paging. */
    public record Numbered(int seq, RowError error) {
    }

    private static List<RowError> errors(Connection c, UUID id, int after, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT line, field, message, rejected_value FROM import_error WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?""")) {
            ps.setObject(1, id);
            ps.setInt(2, after);
            ps.setInt(3, limit);
            List<RowError> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RowError((Integer) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        }
    }

    /**
     * Claims the oldest queued job whose trust has no job running and no older job queued (so one
     * trust's imports apply in the order they were sent), or null when there is none.
     */
    ImportProcessor.Claimed claim() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     UPDATE import_job SET status = 'RUNNING', started_at = now(), heartbeat_at = now(), attempts = attempts + 1
                     WHERE id = (
                         SELECT j.id FROM import_job j
                         WHERE j.status = 'QUEUED'
                           AND NOT EXISTS (SELECT 1 FROM import_job r WHERE r.trust_id = j.trust_id AND r.status = 'RUNNING')
                           AND NOT EXISTS (SELECT 1 FROM import_job e WHERE e.trust_id = j.trust_id AND e.status = 'QUEUED'
                                           AND e.created_seq < j.created_seq)
                         ORDER BY j.created_seq LIMIT 1 FOR UPDATE SKIP LOCKED)
                     RETURNING id, trust_id, allowed_school_ids, default_school_id, submitted_by, format, mode, content""")) {
            c.setAutoCommit(true);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Set<UUID> allowed = new HashSet<>(Arrays.asList((UUID[]) rs.getArray(3).getArray()));
                return new ImportProcessor.Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), allowed,
                        rs.getObject(4, UUID.class), rs.getString(5), ImportFormat.valueOf(rs.getString(6)),
                        ImportMode.valueOf(rs.getString(7)), rs.getBytes(8));
            }
        } catch (SQLException e) {
            LOG.warnf("cannot claim an import job (%s)", e.getMessage());
            return null;
        }
    }

    void progress(UUID id, int total, int processed) {
        autocommit("UPDATE import_job SET rows_total = ?, rows_processed = ?, heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'",
                total, processed, id);
    }

    void heartbeat(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE import_job SET heartbeat_at = now() WHERE id = ANY(?) AND status = 'RUNNING'")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("cannot record import heartbeats (%s)", e.getMessage());
        }
    }

    /** Re-queues jobs whose worker stopped reporting (its replica died); gives up after too many attempts. */
    void requeueStale() {
        long seconds = config.imports().staleAfter().toSeconds();
        autocommit("""
                UPDATE import_job SET status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'QUEUED' END,
                    detail = CASE WHEN attempts >= ? THEN 'the import stopped ' || attempts || ' times without finishing; nothing was applied' END,
                    finished_at = CASE WHEN attempts >= ? THEN now() END,
                    content = CASE WHEN attempts >= ? THEN NULL ELSE content END
                WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?)""",
                config.imports().maxAttempts(), config.imports().maxAttempts(), config.imports().maxAttempts(),
                config.imports().maxAttempts(), seconds);
    }

    /** Marks a job failed on its own (nothing was applied). */
    void fail(UUID id, String detail, List<RowError> errors) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            finish(c, id, ImportStatus.FAILED, null, 0, 0, 0, 0, 0, errors, detail, Set.of());
            c.commit();
        } catch (SQLException e) {
            LOG.errorf(e, "cannot mark import %s failed", id);
        }
    }

    /** Records the outcome in the given transaction (the one that applied the rows, if any) and drops the content. */
    void finish(Connection c, UUID id, ImportStatus status, Integer total, int applied, int pupilsApplied,
                int assessmentsApplied, int unchanged, int rejected, List<RowError> errors, String detail,
                Set<UUID> schools) throws SQLException {
        int stored = Math.min(errors.size(), config.imports().maxStoredErrors());
        if (stored > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO import_error (job_id, seq, line, field, message, rejected_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < stored; i++) {
                    RowError e = errors.get(i);
                    ps.setObject(1, id);
                    ps.setInt(2, i + 1);
                    ps.setObject(3, e.line());
                    ps.setString(4, e.field());
                    ps.setString(5, e.message());
                    ps.setString(6, e.rejectedValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE import_job SET status = ?, rows_total = coalesce(?, rows_total), rows_processed = coalesce(?, rows_processed),
                    rows_applied = ?, pupils_applied = ?, assessments_applied = ?, rows_unchanged = ?, rows_rejected = ?,
                    error_count = ?, detail = ?, school_ids = CASE WHEN cardinality(?::uuid[]) > 0 THEN ?::uuid[] ELSE school_ids END,
                    finished_at = now(), heartbeat_at = now(), content = NULL
                WHERE id = ?""")) {
            Array schoolArray = c.createArrayOf("uuid", schools.toArray());
            ps.setString(1, status.name());
            ps.setObject(2, total);
            ps.setObject(3, total);
            ps.setInt(4, applied);
            ps.setInt(5, pupilsApplied);
            ps.setInt(6, assessmentsApplied);
            ps.setInt(7, unchanged);
            ps.setInt(8, rejected);
            ps.setInt(9, errors.size());
            ps.setString(10, detail);
            ps.setArray(11, schoolArray);
            ps.setArray(12, schoolArray);
            ps.setObject(13, id);
            ps.executeUpdate();
        }
    }

    private void autocommit(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("cannot update import jobs (%s)", e.getMessage());
        }
    }
}
