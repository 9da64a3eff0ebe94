package org.goldenthread.tracking.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.PriorAttainment;
import org.goldenthread.tracking.domain.SenStatus;
import org.goldenthread.tracking.domain.Sex;

import java.time.LocalDate;

/** A pupil as a school or MIS records them. */
@Schema(name = "PupilRequest", description = "A pupil's details and characteristics. The UPN is checked (13 characters, DfE check letter; temporary UPNs accepted).")
public record PupilRequest(
        @NotBlank @Schema(description = "Unique Pupil Number", example = "A820200100026") String upn,
        @NotBlank @Size(max = 100) @Schema(example = "Amelia") String firstName,
        @NotBlank @Size(max = 100) @Schema(example = "Khan") String lastName,
        @NotNull @PastOrPresent @Schema(example = "2016-03-14") LocalDate dateOfBirth,
        @NotNull @Schema(example = "F") Sex sex,
        @NotNull @Min(0) @Max(13) @Schema(description = "National Curriculum year: 0 = Reception", example = "4") Integer yearGroup,
        @Size(max = 20) @Schema(description = "Registration class", example = "4B") String className,
        @NotNull @Schema(description = "Ever-6 FSM, or looked after / previously looked after", example = "true") Boolean disadvantaged,
        @Schema(description = "Eligible for free school meals now (default false)", example = "true") Boolean freeSchoolMeals,
        @Schema(description = "Default NONE", example = "SEN_SUPPORT") SenStatus senStatus,
        @Schema(description = "English as an additional language (default false)", example = "false") Boolean eal,
        @Size(max = 10) @Schema(description = "DfE ethnicity code", example = "WBRI") String ethnicityCode,
        @Schema(example = "MIDDLE") PriorAttainment priorAttainment,
        @Schema(example = "2021-09-01") LocalDate joinedOn,
        @Schema(description = "Set when the pupil leaves; their record and assessments are kept", example = "null") LocalDate leftOn) {
}
