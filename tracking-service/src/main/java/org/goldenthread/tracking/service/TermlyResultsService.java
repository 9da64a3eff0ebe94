package org.goldenthread.tracking.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.outbox.Outbox;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.AssessmentSource;
import org.goldenthread.tracking.domain.GroupCounts;
import org.goldenthread.tracking.domain.Judgement;
import org.goldenthread.tracking.domain.PriorAttainment;
import org.goldenthread.tracking.domain.PupilGroup;
import org.goldenthread.tracking.domain.ResultsRow;
import org.goldenthread.tracking.domain.ResultsSubject;
import org.goldenthread.tracking.domain.SenStatus;
import org.goldenthread.tracking.domain.Sex;
import org.goldenthread.tracking.domain.Subject;
import org.goldenthread.tracking.domain.Term;
import org.goldenthread.tracking.domain.TermlyResults;
import org.goldenthread.tracking.messaging.TermlyResultsPublished;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Termly results: computed live from assessments for the school's own view, published as
 * versioned snapshots with an event, and rolled up across a trust from the latest snapshots
 * (weighted by cohort: counts are summed, never percentages averaged).
 */
@ApplicationScoped
public class TermlyResultsService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TermlyResultsService.class);
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    /** A school's results for a term, as one caller may see them. */
    public record SchoolResults(UUID schoolId, String academicYear, Term term, Integer version, UUID snapshotId,
                                OffsetDateTime publishedAt, String publishedBy, boolean exactFigures, List<ResultsRow> results) {
    }

    /** The outcome of publishing one school: the version now current and whether it is new. */
    public record Publication(SchoolResults results, boolean created, UUID eventId) {
    }

    /** A trust's roll-up across its schools' latest published results. */
    public record TrustResults(UUID trustId, String academicYear, Term term, int schoolsIncluded,
                               List<UUID> schoolIds, List<ResultsRow> results) {
    }

    /** Whether the caller sees the school's exact figures: its own staff only (not governors, not trust-wide roles). */
    public static boolean seesExact(Tenant tenant, UUID schoolId) {
        return !tenant.isTrustWide() && tenant.schoolIds().contains(schoolId)
                && tenant.hasAnyRole(Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER);
    }

    /** The results as they stand now (not yet published), computed from the assessments. */
    @Transactional
    public SchoolResults current(Tenant tenant, UUID schoolId, String academicYear, Term term, Predicate<ResultsRow.Key> filter) {
        tenant.requireSchool(schoolId);
        String year = AssessmentService.checkedYear(academicYear);
        SortedMap<ResultsRow.Key, GroupCounts> counts = compute(tenant.trustId(), List.of(schoolId), year, term)
                .getOrDefault(schoolId, new TreeMap<>());
        boolean exact = seesExact(tenant, schoolId);
        return new SchoolResults(schoolId, year, term, null, null, null, null, exact, TermlyResults.rows(counts, exact, filter));
    }

    /** Publishes one school's results: a new version when anything changed since the last, else the last again. */
    @Transactional
    public Publication publish(Tenant tenant, UUID schoolId, String academicYear, Term term) {
        tenant.requireSchool(schoolId);
        String year = AssessmentService.checkedYear(academicYear);
        SortedMap<ResultsRow.Key, GroupCounts> counts = compute(tenant.trustId(), List.of(schoolId), year, term)
                .getOrDefault(schoolId, new TreeMap<>());
        if (counts.isEmpty()) {
            throw ProblemException.unprocessable(org.goldenthread.platform.problem.ProblemTypes.VALIDATION, "Nothing to publish",
                    "the school has no assessments for " + year + " " + term + "; record or import them first", List.of());
        }
        return publish(tenant, schoolId, year, term, counts, true);
    }

    /** Publishes every school of the trust that has assessments for the term. */
    @Transactional
    public List<Publication> publishTrust(Tenant tenant, UUID trustId, String academicYear, Term term) {
        requireTrust(tenant, trustId);
        String year = AssessmentService.checkedYear(academicYear);
        long started = System.nanoTime();
        Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> bySchool = compute(trustId, null, year, term);
        long computed = System.nanoTime();
        List<Publication> out = new ArrayList<>();
        for (Map.Entry<UUID, SortedMap<ResultsRow.Key, GroupCounts>> e : bySchool.entrySet()) {
            out.add(publish(tenant, e.getKey(), year, term, e.getValue(), false));
        }
        LOG.infof("published %s %s termly results for %d schools of trust %s in %d ms (computed in %d ms)", year, term,
                out.size(), trustId, (System.nanoTime() - started) / 1_000_000, (computed - started) / 1_000_000);
        return out;
    }

    /** @param withRows whether the caller wants the rows back (a trust-wide publish answers without them) */
    private Publication publish(Tenant tenant, UUID schoolId, String year, Term term, SortedMap<ResultsRow.Key, GroupCounts> counts,
                                boolean withRows) {
        String fingerprint = TermlyResults.fingerprint(counts);
        Object[] latest = latestSnapshot(tenant, schoolId, year, term);
        if (latest != null && fingerprint.equals(latest[4])) {
            return new Publication(withRows ? snapshotResults(tenant, schoolId, year, term, latest, x -> true)
                    : new SchoolResults(schoolId, year, term, ((Number) latest[1]).intValue(), (UUID) latest[0], (OffsetDateTime) latest[2],
                    (String) latest[3], false, List.of()), false, (UUID) latest[5]);
        }
        int version = latest == null ? 1 : ((Number) latest[1]).intValue() + 1;
        UUID snapshotId = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        // The event carries the groups that have pupils; an absent group is an empty one (the snapshot keeps them all).
        TermlyResultsPublished data = new TermlyResultsPublished(tenant.trustId(), schoolId, year, term, version, snapshotId,
                now, TermlyResults.rows(counts, true, k -> counts.get(k).cohort() > 0));
        CloudEvent event = outbox.write(TermlyResultsPublished.TOPIC, schoolId.toString(), TermlyResultsPublished.TYPE,
                data.subject(), tenant.trustId(), schoolId, data);
        em.createNativeQuery("""
                        INSERT INTO termly_results_snapshot (id, trust_id, school_id, academic_year, term, version, published_at,
                            published_by, event_id, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, snapshotId).setParameter(2, tenant.trustId()).setParameter(3, schoolId)
                .setParameter(4, year).setParameter(5, term.name()).setParameter(6, version).setParameter(7, now)
                .setParameter(8, tenant.subject()).setParameter(9, event.id()).setParameter(10, fingerprint)
                .executeUpdate();
        em.flush();
        // one statement for all the rows (arrays unnested), not a round trip per row
        int n = counts.size();
        Integer[] years = new Integer[n];
        String[] subjects = new String[n];
        String[] groups = new String[n];
        Integer[][] figures = new Integer[5][n];
        Long[] sums = new Long[n];
        int i = 0;
        for (Map.Entry<ResultsRow.Key, GroupCounts> e : counts.entrySet()) {
            GroupCounts g = e.getValue();
            years[i] = e.getKey().yearGroup();
            subjects[i] = e.getKey().subject().name();
            groups[i] = e.getKey().pupilGroup().name();
            figures[0][i] = g.cohort();
            figures[1][i] = g.atExpected();
            figures[2][i] = g.greaterDepth();
            figures[3][i] = g.onTrack();
            figures[4][i] = g.scaledCount();
            sums[i] = g.scaledSum();
            i++;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO termly_results_row (snapshot_id, year_group, subject, pupil_group, cohort, at_expected,
                         greater_depth, on_track, scaled_count, scaled_sum)
                     SELECT ?, * FROM unnest(?::integer[], ?::text[], ?::text[], ?::integer[], ?::integer[], ?::integer[],
                         ?::integer[], ?::integer[], ?::bigint[])""")) {
            ps.setObject(1, snapshotId);
            ps.setArray(2, c.createArrayOf("integer", years));
            ps.setArray(3, c.createArrayOf("text", subjects));
            ps.setArray(4, c.createArrayOf("text", groups));
            for (int f = 0; f < 5; f++) {
                ps.setArray(5 + f, c.createArrayOf("integer", figures[f]));
            }
            ps.setArray(10, c.createArrayOf("bigint", sums));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the termly results snapshot", e);
        }
        boolean exact = seesExact(tenant, schoolId);
        SchoolResults results = new SchoolResults(schoolId, year, term, version, snapshotId, now, tenant.subject(), exact,
                withRows ? TermlyResults.rows(counts, exact, k -> true) : List.of());
        return new Publication(results, true, event.id());
    }

    /** The published versions of a school's results for a term, oldest first. */
    @Transactional
    public List<SchoolResults> versions(Tenant tenant, UUID schoolId, String academicYear, Term term) {
        tenant.requireSchool(schoolId);
        String year = AssessmentService.checkedYear(academicYear);
        List<SchoolResults> out = new ArrayList<>();
        for (Object[] s : snapshots(tenant, schoolId, year, term, null)) {
            out.add(new SchoolResults(schoolId, year, term, ((Number) s[1]).intValue(), (UUID) s[0], (OffsetDateTime) s[2],
                    (String) s[3], false, List.of()));
        }
        return out;
    }

    /** One published version (or the latest when version is null), as this caller may see it. */
    @Transactional
    public SchoolResults snapshot(Tenant tenant, UUID schoolId, String academicYear, Term term, Integer version,
                                  Predicate<ResultsRow.Key> filter) {
        tenant.requireSchool(schoolId);
        String year = AssessmentService.checkedYear(academicYear);
        List<Object[]> found = snapshots(tenant, schoolId, year, term, version);
        if (found.isEmpty()) {
            throw ProblemException.notFound(version == null ? "published termly results for " + year + " " + term
                    : "version " + version + " of the termly results for " + year + " " + term);
        }
        return snapshotResults(tenant, schoolId, year, term, found.get(found.size() - 1), filter);
    }

    /** The trust roll-up: each school's latest published counts for the term, summed, then rounded and suppressed. */
    @Transactional
    public TrustResults trust(Tenant tenant, UUID trustId, String academicYear, Term term, Predicate<ResultsRow.Key> filter) {
        requireTrust(tenant, trustId);
        String year = AssessmentService.checkedYear(academicYear);
        Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> latest = latestCounts(tenant, year, term);
        SortedMap<ResultsRow.Key, GroupCounts> sum = new TreeMap<>();
        for (SortedMap<ResultsRow.Key, GroupCounts> school : latest.values()) {
            school.forEach((k, v) -> sum.merge(k, v, GroupCounts::plus));
        }
        return new TrustResults(trustId, year, term, latest.size(), List.copyOf(latest.keySet()),
                TermlyResults.rows(sum, false, filter));
    }

    /** Each school's latest published results for the term, published (suppressed) figures only. */
    @Transactional
    public List<SchoolResults> trustSchools(Tenant tenant, UUID trustId, String academicYear, Term term,
                                            Predicate<ResultsRow.Key> filter) {
        requireTrust(tenant, trustId);
        String year = AssessmentService.checkedYear(academicYear);
        List<SchoolResults> out = new ArrayList<>();
        for (Map.Entry<UUID, Object[]> e : latestSnapshots(tenant, year, term).entrySet()) {
            Object[] s = e.getValue();
            out.add(new SchoolResults(e.getKey(), year, term, ((Number) s[1]).intValue(), (UUID) s[0], (OffsetDateTime) s[2],
                    (String) s[3], false, TermlyResults.rows(rowsOf((UUID) s[0]), false, filter)));
        }
        return out;
    }

    private static void requireTrust(Tenant tenant, UUID trustId) {
        if (!tenant.trustId().equals(trustId)) {
            throw ProblemException.notFound("trust " + trustId);
        }
    }

    private SchoolResults snapshotResults(Tenant tenant, UUID schoolId, String year, Term term, Object[] s,
                                          Predicate<ResultsRow.Key> filter) {
        boolean exact = seesExact(tenant, schoolId);
        return new SchoolResults(schoolId, year, term, ((Number) s[1]).intValue(), (UUID) s[0], toOffset(s[2]), (String) s[3],
                exact, TermlyResults.rows(rowsOf((UUID) s[0]), exact, filter));
    }

    private Object[] latestSnapshot(Tenant tenant, UUID schoolId, String year, Term term) {
        List<Object[]> all = snapshots(tenant, schoolId, year, term, null);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** id, version, published_at, published_by, fingerprint, event_id; oldest first. */
    @SuppressWarnings("unchecked")
    private List<Object[]> snapshots(Tenant tenant, UUID schoolId, String year, Term term, Integer version) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, version, published_at, published_by, fingerprint, event_id FROM termly_results_snapshot
                        WHERE trust_id = ?5 AND school_id = ?1 AND academic_year = ?2 AND term = ?3
                          AND (CAST(?4 AS integer) IS NULL OR version = ?4)
                        ORDER BY version""")
                .setParameter(5, tenant.trustId()).setParameter(1, schoolId).setParameter(2, year).setParameter(3, term.name()).setParameter(4, version)
                .getResultList();
        for (Object[] r : rows) {
            r[2] = toOffset(r[2]);
        }
        return rows;
    }

    private Map<UUID, Object[]> latestSnapshots(Tenant tenant, String year, Term term) {
        Map<UUID, Object[]> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT DISTINCT ON (school_id) school_id, id, version, published_at, published_by
                     FROM termly_results_snapshot
                     WHERE trust_id = ? AND academic_year = ? AND term = ? AND (? OR school_id = ANY(?))
                     ORDER BY school_id, version DESC""")) {
            ps.setObject(1, tenant.trustId());
            ps.setString(2, year);
            ps.setString(3, term.name());
            ps.setBoolean(4, tenant.isTrustWide());
            ps.setArray(5, c.createArrayOf("uuid", tenant.scope().schoolIdArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), new Object[]{rs.getObject(2, UUID.class), rs.getInt(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getString(5)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read published termly results", e);
        }
        return out;
    }

    private Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> latestCounts(Tenant tenant, String year, Term term) {
        Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> out = new LinkedHashMap<>();
        for (Map.Entry<UUID, Object[]> e : latestSnapshots(tenant, year, term).entrySet()) {
            out.put(e.getKey(), rowsOf((UUID) e.getValue()[0]));
        }
        return out;
    }

    private SortedMap<ResultsRow.Key, GroupCounts> rowsOf(UUID snapshotId) {
        SortedMap<ResultsRow.Key, GroupCounts> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT year_group, subject, pupil_group, cohort, at_expected, greater_depth, on_track, scaled_count, scaled_sum
                     FROM termly_results_row WHERE snapshot_id = ?""")) {
            ps.setObject(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(new ResultsRow.Key(rs.getInt(1), ResultsSubject.valueOf(rs.getString(2)), PupilGroup.valueOf(rs.getString(3))),
                            new GroupCounts(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read termly results rows", e);
        }
        return rows;
    }

    /** The counts of every row, per school, from the assessments of the term (schools = null: the whole trust). */
    Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> compute(UUID trustId, Collection<UUID> schools, String year, Term term) {
        Map<UUID, Map<UUID, TermlyResults.PupilResults>> bySchool = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT a.school_id, a.pupil_id, a.subject, a.source, a.judgement, a.scaled_score, a.year_group,
                         p.sex, p.disadvantaged, p.sen_status, p.eal, p.prior_attainment, t.judgement
                     FROM assessment a
                     JOIN pupil p ON p.id = a.pupil_id
                     LEFT JOIN target t ON t.pupil_id = a.pupil_id AND t.academic_year = a.academic_year AND t.subject = a.subject
                     WHERE a.trust_id = ? AND a.academic_year = ? AND a.term = ? AND (? OR a.school_id = ANY(?))""")) {
            ps.setObject(1, trustId);
            ps.setString(2, year);
            ps.setString(3, term.name());
            ps.setBoolean(4, schools == null);
            ps.setArray(5, c.createArrayOf("uuid", schools == null ? new Object[0] : schools.toArray()));
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID school = rs.getObject(1, UUID.class);
                    UUID pupil = rs.getObject(2, UUID.class);
                    String prior = rs.getString(12);
                    TermlyResults.PupilResults p = bySchool.computeIfAbsent(school, s -> new HashMap<>())
                            .computeIfAbsent(pupil, x -> {
                                try {
                                    return new TermlyResults.PupilResults(Sex.valueOf(rs.getString(8)), rs.getBoolean(9),
                                            SenStatus.valueOf(rs.getString(10)), rs.getBoolean(11),
                                            prior == null ? null : PriorAttainment.valueOf(prior));
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                    String judgement = rs.getString(5);
                    String target = rs.getString(13);
                    p.add(Subject.valueOf(rs.getString(3)), AssessmentSource.valueOf(rs.getString(4)),
                            judgement == null ? null : Judgement.valueOf(judgement), (Integer) rs.getObject(6), rs.getInt(7),
                            target == null ? null : Judgement.valueOf(target));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute termly results", e);
        }
        Map<UUID, SortedMap<ResultsRow.Key, GroupCounts>> out = new TreeMap<>();
        bySchool.forEach((school, pupils) -> out.put(school, TermlyResults.counts(pupils.values())));
        return out;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
