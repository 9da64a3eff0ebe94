package org.goldenthread.tracking.service.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.platform.events.EventsConfig;
import org.goldenthread.tracking.config.TrackingConfig;
import org.goldenthread.tracking.service.Pseudonyms;
import org.goldenthread.tracking.service.imports.ImportValidator.AssessmentKey;
import org.goldenthread.tracking.service.imports.ImportValidator.AssessmentValues;
import org.goldenthread.tracking.service.imports.ImportValidator.PupilKey;
import org.goldenthread.tracking.service.imports.ImportValidator.PupilValues;
import org.jboss.logging.Logger;

import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs one import job: reads every row, checks them all, then (when the mode allows) applies the
 * valid ones in a single transaction together with the job's final status and errors. Reading and
 * checking report progress as they go; nothing is written to pupils or assessments before the
 * whole file has been checked, so an atomic import with a bad row changes nothing.
 */
@ApplicationScoped
public class ImportProcessor {
    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);
    private static final int PROGRESS_EVERY = 25_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ImportJobs jobs;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    TrackingConfig config;
    @Inject
    EventsConfig events;

    /** What the worker needs of a claimed job. */
    public record Claimed(UUID id, UUID trustId, Set<UUID> allowedSchools, UUID defaultSchool, String submittedBy,
                          ImportFormat format, ImportMode mode, byte[] content) {
    }

    private static final class Outcome {
        final List<RowError> errors = new ArrayList<>();
        int rowsTotal;
        int rejected;
        int applied;
        int pupilsApplied;
        int assessmentsApplied;
        int valid;
        final Set<UUID> schools = new HashSet<>();
    }

    public void process(Claimed job) {
        long started = System.nanoTime();
        Outcome out = new Outcome();
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> shapeErrors = new ArrayList<>();
        try {
            read(job, rows, shapeErrors);
        } catch (Unprocessable e) {
            jobs.fail(job.id(), e.getMessage(), List.of());
            return;
        }
        long read = System.nanoTime();
        out.rowsTotal = rows.size() + shapeErrors.size();
        out.errors.addAll(shapeErrors);
        out.rejected += shapeErrors.size();
        jobs.progress(job.id(), out.rowsTotal, 0);

        ImportValidator validator = new ImportValidator(job.format() == ImportFormat.JSON, job.allowedSchools(),
                job.defaultSchool(), LocalDate.now());
        Map<PupilKey, PupilValues> pupils = new LinkedHashMap<>();
        Map<AssessmentKey, AssessmentValues> assessments = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Existing existing = validate(job, rows, validator, pupils, assessments, out, c);
            jobs.progress(job.id(), out.rowsTotal, out.rowsTotal);
            long checked = System.nanoTime();
            if (!out.errors.isEmpty() && job.mode() == ImportMode.ATOMIC) {
                c.rollback();
                out.errors.sort(ImportProcessor::byLine);
                jobs.finish(c, job.id(), ImportStatus.FAILED, out.rowsTotal, 0, 0, 0, 0, out.rejected,
                        out.errors, "the import has " + out.errors.size() + " error" + (out.errors.size() == 1 ? "" : "s")
                                + " and nothing was applied (send mode=partial to apply the valid rows)", out.schools);
                c.commit();
                LOG.infof("import %s failed validation: %d errors in %d rows", job.id(), out.errors.size(), out.rowsTotal);
                return;
            }
            try (var st = c.createStatement()) {
                // a big import sorts and hashes hundreds of thousands of rows: let it do so in memory
                st.execute("SET LOCAL work_mem = '128MB'");
            }
            ImportWriter writer = new ImportWriter(c, job.trustId(), job.submittedBy(), events.source());
            Map<PupilKey, UUID> ids = existing.ids();
            out.pupilsApplied = writer.pupils(pupils.values(), pseudonyms, ids);
            long pupilsWritten = System.nanoTime();
            List<ImportWriter.Resolved> resolved = new ArrayList<>(assessments.size());
            for (AssessmentValues a : assessments.values()) {
                PupilKey key = new PupilKey(a.schoolId(), a.upn());
                PupilValues fromImport = pupils.get(key);
                int yearGroup = a.yearGroup() != null ? a.yearGroup()
                        : fromImport != null ? fromImport.yearGroup() : existing.yearGroups().get(key);
                resolved.add(new ImportWriter.Resolved(a, ids.get(key), yearGroup));
            }
            out.assessmentsApplied = writer.assessments(resolved);
            long assessmentsWritten = System.nanoTime();
            out.applied = out.pupilsApplied + out.assessmentsApplied;
            out.errors.sort(ImportProcessor::byLine);
            int unchanged = out.rowsTotal - out.rejected - out.applied;
            jobs.finish(c, job.id(), ImportStatus.SUCCEEDED, out.rowsTotal, out.applied, out.pupilsApplied,
                    out.assessmentsApplied, unchanged, out.rejected, out.errors, null, out.schools);
            c.commit();
            long done = System.nanoTime();
            LOG.infof("import %s applied %d of %d rows (%d pupils, %d assessments changed, %d rejected) in %d ms "
                            + "(read %d, checked %d, pupils %d, assessments %d, commit %d ms)",
                    job.id(), out.applied, out.rowsTotal, out.pupilsApplied, out.assessmentsApplied, out.rejected,
                    (done - started) / 1_000_000, (read - started) / 1_000_000, (checked - read) / 1_000_000,
                    (pupilsWritten - checked) / 1_000_000, (assessmentsWritten - pupilsWritten) / 1_000_000,
                    (done - assessmentsWritten) / 1_000_000);
        } catch (SQLException e) {
            LOG.errorf(e, "import %s could not be applied", job.id());
            jobs.fail(job.id(), "the import could not be applied (" + e.getSQLState() + "); nothing was changed", List.of());
        }
    }

    /** The pupils already recorded at the schools an import names: their ids and year groups. */
    private record Existing(Map<PupilKey, UUID> ids, Map<PupilKey, Integer> yearGroups) {
    }

    private static int byLine(RowError a, RowError b) {
        int la = a.line() == null ? Integer.MAX_VALUE : a.line();
        int lb = b.line() == null ? Integer.MAX_VALUE : b.line();
        return Integer.compare(la, lb);
    }

    private static final class Unprocessable extends Exception {
        Unprocessable(String message) {
            super(message);
        }
    }

    private void read(Claimed job, List<ImportRow> rows, List<RowError> errors) throws Unprocessable {
        if (job.format() == ImportFormat.CSV) {
            CsvImportReader reader;
            try {
                reader = CsvImportReader.of(job.content());
            } catch (CharacterCodingException e) {
                throw new Unprocessable("the file is not UTF-8 text");
            }
            List<CsvImportReader.HeaderProblem> problems = new ArrayList<>();
            CsvImportReader.Header header = reader.header(job.defaultSchool() != null, problems);
            if (!problems.isEmpty()) {
                throw new Unprocessable("the header is not valid: " + problems.get(0).field() + " " + problems.get(0).message());
            }
            reader.rows(header, rows::add, errors::add);
            if (rows.size() + errors.size() > config.imports().maxCsvRows()) {
                throw new Unprocessable("the file has more than " + config.imports().maxCsvRows() + " rows; split it");
            }
        } else {
            try {
                JsonImportReader.read(job.content(), rows::add, errors::add);
            } catch (JsonImportReader.Unreadable e) {
                throw new Unprocessable(e.getMessage());
            }
            if (rows.size() + errors.size() > config.imports().maxJsonRows()) {
                throw new Unprocessable("a JSON import holds at most " + config.imports().maxJsonRows() + " rows; use CSV or split it");
            }
        }
    }

    /** Checks every row; fills the valid pupils and assessments (deduplicated). */
    private Existing validate(Claimed job, List<ImportRow> rows, ImportValidator validator, Map<PupilKey, PupilValues> pupils,
                         Map<AssessmentKey, AssessmentValues> assessments, Outcome out, Connection c) throws SQLException {
        Set<UUID> schools = new HashSet<>();
        if (job.defaultSchool() != null) {
            schools.add(job.defaultSchool());
        }
        for (ImportRow row : rows) {
            String school = row.values()[0];
            if (school != null) {
                try {
                    UUID id = UUID.fromString(school);
                    if (job.allowedSchools().contains(id)) {
                        schools.add(id);
                    }
                } catch (IllegalArgumentException ignored) {
                    // reported by the validator
                }
            }
        }
        Existing existing = loadPupils(c, job.trustId(), schools);
        Set<PupilKey> rejectedPupils = new HashSet<>();

        int processed = 0;
        Set<PupilKey> conflictedPupils = new HashSet<>();
        Map<PupilKey, ImportRow> pupilRows = new HashMap<>();
        Set<ImportRow> rejectedRows = new HashSet<>();
        List<RowError> rowErrors = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.kind() != ImportKind.PUPIL) {
                continue;
            }
            PupilValues p = validator.pupil(row, rowErrors::add);
            if (p == null) {
                rejectedRows.add(row);
                rejectedPupils.add(rawKey(row, ImportKind.P_SCHOOL, ImportKind.P_UPN, job));
            } else {
                PupilKey key = new PupilKey(p.schoolId(), p.upn());
                PupilValues earlier = pupils.get(key);
                if (earlier == null && !conflictedPupils.contains(key)) {
                    pupils.put(key, p);
                    pupilRows.put(key, row);
                } else if (conflictedPupils.contains(key) || !earlier.equals(p)) {
                    rowErrors.add(validator.error(row, ImportKind.P_UPN, "is given again with different values (first at "
                            + where(pupilRows.get(key), job) + "); send one row per pupil"));
                    rejectedRows.add(row);
                    if (earlier != null) {
                        ImportRow first = pupilRows.get(key);
                        rowErrors.add(validator.error(first, ImportKind.P_UPN, "is given again with different values (also at "
                                + where(row, job) + "); send one row per pupil"));
                        rejectedRows.add(first);
                        pupils.remove(key);
                    }
                    conflictedPupils.add(key);
                }
            }
            if (++processed % PROGRESS_EVERY == 0) {
                jobs.progress(job.id(), out.rowsTotal, processed);
            }
        }

        Map<AssessmentKey, ImportRow> assessmentRows = new HashMap<>();
        Set<AssessmentKey> conflicted = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.kind() != ImportKind.ASSESSMENT) {
                continue;
            }
            AssessmentValues a = validator.assessment(row, rowErrors::add);
            if (a == null) {
                rejectedRows.add(row);
            } else {
                PupilKey pupil = new PupilKey(a.schoolId(), a.upn());
                if (!pupils.containsKey(pupil) && !existing.ids().containsKey(pupil)) {
                    boolean rejectedHere = conflictedPupils.contains(pupil) || rejectedPupils.contains(pupil);
                    rowErrors.add(validator.error(row, ImportKind.A_UPN, rejectedHere
                            ? "names a pupil whose own row in this import was rejected"
                            : "is not a pupil of this school; send the pupil (a pupil row or import) first"));
                    rejectedRows.add(row);
                } else {
                    AssessmentKey key = a.key();
                    AssessmentValues earlier = assessments.get(key);
                    if (earlier == null && !conflicted.contains(key)) {
                        assessments.put(key, a);
                        assessmentRows.put(key, row);
                    } else if (conflicted.contains(key) || !earlier.equals(a)) {
                        int column = a.source() == org.goldenthread.tracking.domain.AssessmentSource.TEST ? ImportKind.A_SCORE : ImportKind.A_JUDGEMENT;
                        rowErrors.add(validator.error(row, column, "the same pupil, subject, year, term and source is given again with a different result (first at "
                                + where(assessmentRows.get(key), job) + ")"));
                        rejectedRows.add(row);
                        if (earlier != null) {
                            ImportRow first = assessmentRows.get(key);
                            rowErrors.add(validator.error(first, column, "the same pupil, subject, year, term and source is given again with a different result (also at "
                                    + where(row, job) + ")"));
                            rejectedRows.add(first);
                            assessments.remove(key);
                        }
                        conflicted.add(key);
                    }
                }
            }
            if (++processed % PROGRESS_EVERY == 0) {
                jobs.progress(job.id(), out.rowsTotal, processed);
            }
        }
        // In partial mode a pupil that is applied keeps its assessments; one that is not, loses them (reported above).
        out.errors.addAll(rowErrors);
        out.rejected += rejectedRows.size();
        for (PupilValues p : pupils.values()) {
            out.schools.add(p.schoolId());
        }
        for (AssessmentValues a : assessments.values()) {
            out.schools.add(a.schoolId());
        }
        return existing;
    }

    /** The (school, UPN) a row names as written, for rows that failed their checks. */
    private static PupilKey rawKey(ImportRow row, int schoolColumn, int upnColumn, Claimed job) {
        UUID school = job.defaultSchool();
        String raw = row.values()[schoolColumn];
        if (raw != null) {
            try {
                school = UUID.fromString(raw);
            } catch (IllegalArgumentException e) {
                school = null;
            }
        }
        String upn = row.values()[upnColumn];
        return new PupilKey(school, upn == null ? null : upn.toUpperCase(java.util.Locale.ROOT));
    }

    private static String where(ImportRow row, Claimed job) {
        if (row == null) {
            return "an earlier row";
        }
        return job.format() == ImportFormat.JSON ? row.kind().jsonArray() + "[" + row.index() + "]" : "line " + row.line();
    }

    private Existing loadPupils(Connection c, UUID trustId, Set<UUID> schools) throws SQLException {
        Existing existing = new Existing(new HashMap<>(), new HashMap<>());
        if (schools.isEmpty()) {
            return existing;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, school_id, upn, year_group FROM pupil WHERE trust_id = ? AND school_id = ANY(?)")) {
            ps.setObject(1, trustId);
            ps.setArray(2, c.createArrayOf("uuid", schools.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PupilKey key = new PupilKey(rs.getObject(2, UUID.class), rs.getString(3));
                    existing.ids().put(key, rs.getObject(1, UUID.class));
                    existing.yearGroups().put(key, rs.getInt(4));
                }
            }
        }
        return existing;
    }

}
