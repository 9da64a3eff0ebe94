package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.EvidenceKind;

/** The multipart form of an evidence upload, for the OpenAPI document. */
@Schema(name = "EvidenceUploadForm", description = "multipart/form-data: the file and its metadata.")
public class EvidenceUploadForm {
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The content: PDF, JPEG, PNG, HEIC, Word, Excel, PowerPoint or plain text (the content must match its type), "
                    + "at most the configured size (10 MB by default)")
    public String file;
    @Schema(required = true, example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
    public String schoolId;
    @Schema(required = true, example = "WORK_SAMPLE")
    public EvidenceKind kind;
    @Schema(required = true, maxLength = 200, example = "Year 4 maths book: column subtraction with inverse checks")
    public String title;
    @Schema(maxLength = 2000, example = "Scanned page, names removed")
    public String description;
    @Schema(description = "The activity it came from (same school)", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
    public String activityId;
    @Schema(description = "true: seen only by the school's leaders and the uploader", example = "false")
    public Boolean confidential;
}
