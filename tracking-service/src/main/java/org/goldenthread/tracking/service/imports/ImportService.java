package org.goldenthread.tracking.service.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.config.TrackingConfig;

import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Accepts an import: checks what can be checked at once (the body is an import at all: not empty,
 * UTF-8, a usable CSV header or well-formed JSON; the parameters), stores it as a queued job and
 * answers 202. Rows are checked and applied by the worker.
 */
@ApplicationScoped
public class ImportService {
    @Inject
    ImportJobs jobs;
    @Inject
    ImportWorker worker;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    TrackingConfig config;

    public Response submit(Tenant tenant, String contentType, String modeParam, String schoolParam, String key, byte[] body) {
        ImportFormat format = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")
                ? ImportFormat.CSV : ImportFormat.JSON;
        ImportMode mode = switch (modeParam == null ? "atomic" : modeParam.trim().toLowerCase(Locale.ROOT)) {
            case "atomic" -> ImportMode.ATOMIC;
            case "partial" -> ImportMode.PARTIAL;
            default -> throw ProblemException.invalidField("mode", "must be atomic or partial");
        };
        UUID school = null;
        if (schoolParam != null && !schoolParam.isBlank()) {
            try {
                school = UUID.fromString(schoolParam.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("schoolId", "must be a school id (a UUID)");
            }
            tenant.requireSchool(school);
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "is empty; send a CSV file or a JSON import");
        }
        check(format, body, school != null);
        String sha = sha256(body);
        UUID defaultSchool = school;
        Map<String, Object> fingerprint = new LinkedHashMap<>();
        fingerprint.put("request", "POST /api/v1/imports");
        fingerprint.put("format", format);
        fingerprint.put("mode", mode);
        fingerprint.put("schoolId", school);
        fingerprint.put("sha256", sha);
        Response response = idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, fingerprint, () -> {
            UUID id = jobs.submit(tenant, format, mode, defaultSchool, body, sha);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("status", ImportStatus.QUEUED);
            view.put("format", format);
            view.put("mode", mode);
            view.put("schoolIds", defaultSchool == null ? tenant.schoolIds() : List.of(defaultSchool));
            view.put("rowsProcessed", 0);
            view.put("rowsApplied", 0);
            view.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            view.put("errors", List.of());
            return Response.accepted(view).location(URI.create("/api/v1/imports/" + id)).build();
        });
        worker.wake();
        return response;
    }

    private void check(ImportFormat format, byte[] body, boolean schoolGiven) {
        if (format == ImportFormat.CSV) {
            CsvImportReader reader;
            try {
                reader = CsvImportReader.of(body);
            } catch (CharacterCodingException e) {
                throw ProblemException.invalidField("body", "is not UTF-8 text; save the file as UTF-8 (with or without BOM)");
            }
            List<CsvImportReader.HeaderProblem> problems = new ArrayList<>();
            reader.header(schoolGiven, problems);
            if (!problems.isEmpty()) {
                List<FieldError> errors = problems.stream().map(p -> FieldError.atLine(1, p.field(), p.message())).toList();
                throw new ProblemException(400, ProblemTypes.IMPORT_INVALID, "Import invalid",
                        "the header row is not valid: " + errors.get(0).field() + " " + errors.get(0).message(), errors);
            }
            return;
        }
        int[] rows = {0};
        try {
            JsonImportReader.read(body, r -> rows[0]++, e -> rows[0]++);
        } catch (JsonImportReader.Unreadable e) {
            throw new ProblemException(400, ProblemTypes.UNREADABLE, "Unreadable request body", e.getMessage(), List.of());
        }
        if (rows[0] > config.imports().maxJsonRows()) {
            throw new ProblemException(400, ProblemTypes.IMPORT_INVALID, "Import invalid", "a JSON import holds at most "
                    + config.imports().maxJsonRows() + " rows (this one has " + rows[0] + "); use CSV or split it",
                    List.of(FieldError.of("body", "has more than " + config.imports().maxJsonRows() + " rows")));
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
