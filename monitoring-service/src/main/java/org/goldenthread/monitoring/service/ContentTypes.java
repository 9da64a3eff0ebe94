package org.goldenthread.monitoring.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an uploaded file is: the declared type (or, when the client sent none or a generic one, the
 * type its extension names), and whether its first bytes really are that type. A file that claims
 * to be a PDF must start like one, so an allow-list of types cannot be got round by renaming.
 */
public final class ContentTypes {
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String HEIC = "image/heic";
    public static final String HEIF = "image/heif";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String TEXT = "text/plain";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG), Map.entry("png", PNG),
            Map.entry("heic", HEIC), Map.entry("heif", HEIF), Map.entry("docx", DOCX), Map.entry("xlsx", XLSX),
            Map.entry("pptx", PPTX), Map.entry("txt", TEXT));
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream", "application/unknown");
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private ContentTypes() {
    }

    /** The media type without parameters, lower case; the extension's type when none or a generic one was declared. */
    public static String effective(String declared, String filename) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || GENERIC.contains(type)) {
            String byName = byExtension(filename);
            return byName != null ? byName : type.isEmpty() ? "application/octet-stream" : type;
        }
        return "image/jpg".equals(type) || "image/pjpeg".equals(type) ? JPEG : type;
    }

    static String byExtension(String filename) {
        if (filename == null) {
            return null;
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the content's first bytes are what the type says. {@code head} is the start of the
     * file (at least 16 bytes when the file has them); for text, the whole file.
     */
    public static boolean matches(String type, byte[] head) {
        return switch (type) {
            case PDF -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case JPEG -> startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case HEIC, HEIF -> head.length >= 12 && new String(head, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")
                    && HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.US_ASCII));
            // Office Open XML files are ZIP packages.
            case DOCX, XLSX, PPTX -> startsWith(head, new byte[]{'P', 'K', 3, 4});
            case TEXT -> isText(head);
            // A type we cannot check is only allowed if the operator listed it: trust the declaration.
            default -> true;
        };
    }

    /** Readable text: valid UTF-8 without NUL bytes. */
    static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A human name for problem details, e.g. "a PDF". */
    public static String describe(String type) {
        return switch (type) {
            case PDF -> "a PDF";
            case PNG -> "a PNG image";
            case JPEG -> "a JPEG image";
            case HEIC, HEIF -> "a HEIC/HEIF image";
            case DOCX -> "a Word document (.docx)";
            case XLSX -> "an Excel workbook (.xlsx)";
            case PPTX -> "a PowerPoint presentation (.pptx)";
            case TEXT -> "UTF-8 plain text";
            default -> type;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
