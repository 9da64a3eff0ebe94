package org.goldenthread.tracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One pupil's assessment in one subject, academic year and term, from one source. The natural key
 * is (pupil, academic year, term, subject, source); a correction updates the row and the database
 * keeps the value it replaced in {@code assessment_history}.
 */
@Entity
public class Assessment extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public UUID pupilId;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Term term;
    @Enumerated(EnumType.STRING)
    public Subject subject;
    @Enumerated(EnumType.STRING)
    public AssessmentSource source;
    @Enumerated(EnumType.STRING)
    public Judgement judgement;
    public Integer scaledScore;
    /** The pupil's National Curriculum year when assessed. */
    public int yearGroup;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    @Version
    public long version;

    public boolean atOrAboveExpected() {
        return Attainment.atOrAboveExpected(judgement, scaledScore);
    }

    public boolean greaterDepth() {
        return Attainment.greaterDepth(judgement, scaledScore);
    }
}
