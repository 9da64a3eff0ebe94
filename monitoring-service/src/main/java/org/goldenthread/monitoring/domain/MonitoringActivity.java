package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One monitoring activity on a school's calendar: a work scrutiny, a lesson observation, pupil
 * conferencing … with who leads it, what it looks at and which plan items it gathers evidence for.
 */
@Entity
public class MonitoringActivity extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    @Enumerated(EnumType.STRING)
    public ActivityType type;
    public String title;
    @Enumerated(EnumType.STRING)
    public ActivityStatus status;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Term term;
    public LocalDate plannedOn;
    public LocalDate completedOn;
    public OffsetDateTime cancelledAt;
    public String cancellationReason;
    public String lead;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Participant> participants = new ArrayList<>();
    public String subject;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "integer[]")
    public List<Integer> yearGroups = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> focusTags = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<UUID> linkedMilestoneIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<UUID> linkedActionIds = new ArrayList<>();
    public String purpose;
    public String summary;
    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** The day it happened, or is planned for. */
    public LocalDate date() {
        return completedOn != null ? completedOn : plannedOn;
    }
}
