package org.goldenthread.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing wrong with the input: which field (and CSV line, for files) and what to fix. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "A field that failed validation.")
public record FieldError(
        @Schema(example = "assessments[41].scaledScore") String field,
        @Schema(example = "must be between 80 and 120") String message,
        @Schema(description = "Line in the uploaded file, counting the header as line 1", example = "43") Integer line,
        @Schema(description = "The rejected value, when it is safe to echo", example = "130") String rejectedValue) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null, null);
    }

    public static FieldError atLine(int line, String field, String message) {
        return new FieldError(field, message, line, null);
    }
}
