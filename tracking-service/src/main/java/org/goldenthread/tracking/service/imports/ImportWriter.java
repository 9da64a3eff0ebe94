package org.goldenthread.tracking.service.imports;

import org.goldenthread.platform.Ids;
import org.goldenthread.tracking.service.Pseudonyms;
import org.goldenthread.tracking.service.imports.ImportValidator.AssessmentValues;
import org.goldenthread.tracking.service.imports.ImportValidator.PupilKey;
import org.goldenthread.tracking.service.imports.ImportValidator.PupilValues;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an import's valid rows in the caller's transaction, in bulk: rows are streamed with COPY
 * into a temporary table, then one {@code INSERT ... ON CONFLICT DO UPDATE} upserts them all. A row
 * whose values equal what is stored is left alone (no new version, no history, no event), so
 * re-sending a file changes nothing. Every assessment that did change gets its
 * {@code assessment-recorded} event in the same statement, straight into the outbox.
 */
final class ImportWriter {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportWriter.class);
    static final String TOPIC = "tracking.events";
    static final String ASSESSMENT_RECORDED = "org.goldenthread.tracking.assessment-recorded.v1";
    private static final int COPY_CHUNK = 1 << 20;

    private final Connection connection;
    private final UUID trustId;
    private final String recordedBy;
    private final String eventSource;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);

    ImportWriter(Connection connection, UUID trustId, String recordedBy, String eventSource) {
        this.connection = connection;
        this.trustId = trustId;
        this.recordedBy = recordedBy;
        this.eventSource = eventSource;
    }

    /** Upserts pupils by (school, UPN); adds the ids of new or changed pupils to {@code ids}. Returns how many changed. */
    int pupils(Collection<PupilValues> pupils, Pseudonyms pseudonyms, Map<PupilKey, UUID> ids) throws SQLException {
        if (pupils.isEmpty()) {
            return 0;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TEMP TABLE import_pupil (id uuid, pseudonym text, school_id uuid, upn text, first_name text,
                        last_name text, date_of_birth date, sex text, year_group integer, class_name text,
                        disadvantaged boolean, free_school_meals boolean, sen_status text, eal boolean,
                        ethnicity_code text, prior_attainment text, joined_on date, left_on date) ON COMMIT DROP""");
        }
        CopyIn copy = copyManager().copyIn("COPY import_pupil FROM STDIN (FORMAT text)");
        try {
            CopyText text = new CopyText(COPY_CHUNK + 4096);
            for (PupilValues p : pupils) {
                UUID id = ids.getOrDefault(new PupilKey(p.schoolId(), p.upn()), Ids.newId());
                text.add(id).add(pseudonyms.of(trustId, id)).add(p.schoolId()).add(p.upn()).add(p.firstName())
                        .add(p.lastName()).add(p.dateOfBirth()).add(p.sex()).add(p.yearGroup()).add(p.className())
                        .add(p.disadvantaged()).add(p.freeSchoolMeals()).add(p.senStatus()).add(p.eal())
                        .add(p.ethnicityCode()).add(p.priorAttainment()).add(p.joinedOn()).add(p.leftOn()).endRow();
                if (text.length() >= COPY_CHUNK) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        int changed = 0;
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO pupil AS p (id, trust_id, school_id, upn, pseudonym, first_name, last_name, date_of_birth, sex,
                    year_group, class_name, disadvantaged, free_school_meals, sen_status, eal, ethnicity_code,
                    prior_attainment, joined_on, left_on, created_at, updated_at, version)
                SELECT id, ?, school_id, upn, pseudonym, first_name, last_name, date_of_birth, sex, year_group, class_name,
                    disadvantaged, free_school_meals, sen_status, eal, ethnicity_code, prior_attainment, joined_on, left_on,
                    ?, ?, 0
                FROM import_pupil
                ON CONFLICT (school_id, upn) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                    date_of_birth = excluded.date_of_birth, sex = excluded.sex, year_group = excluded.year_group,
                    class_name = excluded.class_name, disadvantaged = excluded.disadvantaged,
                    free_school_meals = excluded.free_school_meals, sen_status = excluded.sen_status, eal = excluded.eal,
                    ethnicity_code = excluded.ethnicity_code, prior_attainment = excluded.prior_attainment,
                    joined_on = excluded.joined_on, left_on = excluded.left_on, updated_at = excluded.updated_at,
                    version = p.version + 1
                WHERE p.trust_id = excluded.trust_id
                  AND (p.first_name, p.last_name, p.date_of_birth, p.sex, p.year_group, p.class_name, p.disadvantaged,
                       p.free_school_meals, p.sen_status, p.eal, p.ethnicity_code, p.prior_attainment, p.joined_on, p.left_on)
                      IS DISTINCT FROM
                      (excluded.first_name, excluded.last_name, excluded.date_of_birth, excluded.sex, excluded.year_group,
                       excluded.class_name, excluded.disadvantaged, excluded.free_school_meals, excluded.sen_status,
                       excluded.eal, excluded.ethnicity_code, excluded.prior_attainment, excluded.joined_on, excluded.left_on)
                RETURNING p.id, p.school_id, p.upn""")) {
            ps.setObject(1, trustId);
            ps.setObject(2, now);
            ps.setObject(3, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new PupilKey(rs.getObject(2, UUID.class), rs.getString(3)), rs.getObject(1, UUID.class));
                    changed++;
                }
            }
        }
        return changed;
    }

    /** A valid assessment row with its pupil resolved. */
    record Resolved(AssessmentValues values, UUID pupilId, int yearGroup) {
    }

    /** Upserts assessments by natural key and writes an event per changed one. Returns how many changed. */
    int assessments(Collection<Resolved> assessments) throws SQLException {
        if (assessments.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TEMP TABLE import_assessment (id uuid, pupil_id uuid, school_id uuid, academic_year text,
                        term text, subject text, source text, judgement text, scaled_score integer, year_group integer)
                        ON COMMIT DROP""");
        }
        TimeOrderedIds ids = new TimeOrderedIds();
        CopyIn copy = copyManager().copyIn("COPY import_assessment FROM STDIN (FORMAT text)");
        try {
            CopyText text = new CopyText(COPY_CHUNK + 4096);
            for (Resolved r : assessments) {
                AssessmentValues a = r.values();
                text.safe(ids.next()).safe(r.pupilId()).safe(a.schoolId()).add(a.academicYear()).safe(a.term())
                        .safe(a.subject()).safe(a.source()).safe(a.judgement()).safe(a.scaledScore()).safe(r.yearGroup()).endRow();
                if (text.length() >= COPY_CHUNK) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        long copied = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement("""
                WITH up AS (
                    INSERT INTO assessment AS a (id, trust_id, school_id, pupil_id, academic_year, term, subject, source,
                        judgement, scaled_score, year_group, recorded_at, recorded_by, version)
                    SELECT id, ?, school_id, pupil_id, academic_year, term, subject, source, judgement, scaled_score,
                        year_group, ?, ?, 0
                    FROM import_assessment
                    ON CONFLICT (pupil_id, academic_year, term, subject, source) DO UPDATE SET
                        judgement = excluded.judgement, scaled_score = excluded.scaled_score,
                        year_group = excluded.year_group, recorded_at = excluded.recorded_at,
                        recorded_by = excluded.recorded_by, version = a.version + 1
                    WHERE (a.judgement, a.scaled_score, a.year_group)
                          IS DISTINCT FROM (excluded.judgement, excluded.scaled_score, excluded.year_group)
                    RETURNING a.id, (a.xmax = 0) AS created, a.pupil_id, a.school_id, a.academic_year, a.term, a.subject,
                        a.source, a.judgement, a.scaled_score, a.year_group
                ), events AS (
                    -- The event recording an assessment's first version takes the assessment's (time-ordered,
                    -- unique) id, so events go into the outbox in file order without a sort; a correction's
                    -- event gets a fresh id.
                    INSERT INTO outbox_event (id, topic, message_key, type, source, subject, time, trust_id, school_id, data)
                    SELECT CASE WHEN up.created THEN up.id ELSE gen_random_uuid() END, ?, up.school_id::text, ?, ?,
                        'schools/' || up.school_id || '/pupils/' || p.pseudonym || '/assessments/' || up.academic_year
                            || '/' || up.term || '/' || up.subject,
                        ?, ?, up.school_id,
                        json_build_object('trustId', ?::text, 'schoolId', up.school_id::text, 'pupilId', p.pseudonym,
                            'yearGroup', up.year_group, 'subject', up.subject, 'academicYear', up.academic_year,
                            'term', up.term, 'source', up.source, 'judgement', up.judgement, 'scaledScore', up.scaled_score,
                            'atOrAboveExpected', CASE WHEN up.source = 'TEST' THEN up.scaled_score >= 100
                                                      ELSE up.judgement IN ('EXS', 'GDS') END,
                            'greaterDepth', CASE WHEN up.source = 'TEST' THEN up.scaled_score >= 110
                                                 ELSE up.judgement = 'GDS' END,
                            'recordedAt', ?::text)
                    FROM up JOIN pupil p ON p.id = up.pupil_id
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM up), (SELECT count(*) FROM events)""")) {
            int i = 1;
            ps.setObject(i++, trustId);
            ps.setObject(i++, now);
            ps.setString(i++, recordedBy);
            ps.setString(i++, TOPIC);
            ps.setString(i++, ASSESSMENT_RECORDED);
            ps.setString(i++, eventSource);
            ps.setObject(i++, now);
            ps.setObject(i++, trustId);
            ps.setString(i++, trustId.toString());
            ps.setString(i, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                LOG.debugf("assessments: COPY %d ms, upsert and events %d ms", (copied - started) / 1_000_000,
                        (System.nanoTime() - copied) / 1_000_000);
                return rs.getInt(1);
            }
        }
    }

    private CopyManager copyManager() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static void write(CopyIn copy, CopyText text) throws SQLException {
        if (text.length() == 0) {
            return;
        }
        byte[] bytes = text.takeText().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }
}
