package org.goldenthread.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.goldenthread.monitoring.config.MonitoringConfig;
import org.goldenthread.monitoring.domain.EvidenceKind;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks an evidence upload before anything is stored: the file is present, within the size limit
 * (413), of an allowed type whose content really is that type (415), and the form fields are
 * valid (400). Computes the sha-256.
 */
@ApplicationScoped
public class EvidenceUploads {
    private static final int SNIFF_BYTES = 64;

    @Inject
    MonitoringConfig config;

    public EvidenceService.Upload check(FileUpload file, String schoolId, String kind, String title, String description,
                                        String activityId, String confidential) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "is required: send the content as the multipart part named file");
        }
        long limit = config.evidence().maxSize().asLongValue();
        long size = file.size();
        if (size > limit) {
            throw new ProblemException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "the file is " + size + " bytes; evidence may be at most " + limit + " bytes", List.of(FieldError.of("file",
                    "must be at most " + limit + " bytes")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (size == 0) {
            errors.add(FieldError.of("file", "is empty"));
        }
        UUID school = null;
        if (Inputs.clean(schoolId) == null) {
            errors.add(FieldError.of("schoolId", "is required"));
        } else {
            try {
                school = UUID.fromString(schoolId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("schoolId", "must be a UUID"));
            }
        }
        EvidenceKind evidenceKind = null;
        if (Inputs.clean(kind) == null) {
            errors.add(FieldError.of("kind", "is required: one of " + kinds()));
        } else {
            try {
                evidenceKind = EvidenceKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("kind", "must be one of " + kinds()));
            }
        }
        String cleanTitle = Inputs.clean(title);
        if (cleanTitle == null) {
            errors.add(FieldError.of("title", "is required"));
        } else if (cleanTitle.length() > 200) {
            errors.add(FieldError.of("title", "must be at most 200 characters"));
        }
        String cleanDescription = Inputs.clean(description);
        if (cleanDescription != null && cleanDescription.length() > 2000) {
            errors.add(FieldError.of("description", "must be at most 2000 characters"));
        }
        UUID activity = null;
        if (Inputs.clean(activityId) != null) {
            try {
                activity = UUID.fromString(activityId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("activityId", "must be a UUID"));
            }
        }
        boolean isConfidential = false;
        String c = Inputs.clean(confidential);
        if (c != null) {
            if (!c.equalsIgnoreCase("true") && !c.equalsIgnoreCase("false")) {
                errors.add(FieldError.of("confidential", "must be true or false"));
            }
            isConfidential = c.equalsIgnoreCase("true");
        }
        String filename = filename(file.fileName());
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        String type = ContentTypes.effective(file.contentType(), filename);
        Set<String> allowed = config.evidence().allowedContentTypes().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!allowed.contains(type)) {
            throw new ProblemException(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    type + " cannot be uploaded as evidence; allowed: " + String.join(", ", config.evidence().allowedContentTypes()
                            .stream().map(String::strip).toList()), List.of(FieldError.of("file", "must be one of the allowed types")));
        }
        byte[] head = read(file, type.equals(ContentTypes.TEXT) ? Integer.MAX_VALUE : SNIFF_BYTES);
        if (!ContentTypes.matches(type, head)) {
            throw new ProblemException(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "the file was sent as " + type + " but its content is not " + ContentTypes.describe(type),
                    List.of(FieldError.of("file", "content does not match " + type)));
        }
        return new EvidenceService.Upload(school, evidenceKind, cleanTitle, cleanDescription, activity, isConfidential,
                filename, type, size, sha256(file), file.uploadedFile());
    }

    /** The file's own name, without any path a client sent and without control characters. */
    static String filename(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static byte[] read(FileUpload file, int max) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(FileUpload file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.uploadedFile()), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String kinds() {
        return Arrays.stream(EvidenceKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
