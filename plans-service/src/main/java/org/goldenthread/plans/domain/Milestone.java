package org.goldenthread.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A termly, dated checkpoint of an action (numbered 1.2.1, 1.2.2, …) with a measure the system
 * evaluates. {@code measureStatus} is what the measure and its evidence say; {@code status} is
 * what the plan shows, which is the reviewer's override while one is in force (both stay visible).
 */
@Entity
public class Milestone extends Audited {
    public UUID planId;
    public UUID priorityId;
    public UUID actionId;
    public int position;
    public String number;
    public String title;
    public String academicYear;
    @Enumerated(EnumType.STRING)
    public Term term;
    public LocalDate dueDate;
    @Embedded
    public Measure measure = new Measure();
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus measureStatus;
    @Column(precision = 6, scale = 1)
    public BigDecimal observedValue;
    public String explanation;
    public OffsetDateTime evaluatedAt;
    public String evaluatedBy;
    public UUID sourceEventId;
    public String sourceEventType;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus overrideStatus;
    public String overrideReason;
    public String overrideBy;
    public OffsetDateTime overrideAt;

    public TermOfYear dueTerm() {
        return new TermOfYear(academicYear, term);
    }

    public boolean isOverridden() {
        return overrideStatus != null;
    }

    @Override
    public String itemType() {
        return "MILESTONE";
    }

    @Override
    public String itemNumber() {
        return number;
    }

    @Override
    public String itemTitle() {
        return title;
    }

    @Override
    public UUID planId() {
        return planId;
    }

    @Override
    public Map<String, Object> historyState() {
        return state("number", number, "title", title, "actionId", actionId, "academicYear", academicYear,
                "term", term, "dueDate", dueDate, "measure", measureState(measure), "status", status,
                "measureStatus", measureStatus, "observedValue", observedValue, "overrideStatus", overrideStatus,
                "overrideReason", overrideReason);
    }
}
