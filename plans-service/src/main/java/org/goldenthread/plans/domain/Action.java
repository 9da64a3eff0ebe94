package org.goldenthread.plans.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What will be done (numbered within its priority: 1.1, 1.2, …): who leads it, who supports,
 * when, with what resources (budget in pence, time, staffing, CPD), and how it is monitored.
 * Due soon and overdue are derived from the due date, never stored.
 */
@Entity
public class Action extends Audited {
    public UUID planId;
    public UUID priorityId;
    public UUID objectiveId;
    public int position;
    public String number;
    public String title;
    public String lead;
    /** The lead's user id (token subject), which lets a teacher who leads the action update its status. */
    public String leadUserId;
    @Convert(converter = Converters.Strings.class)
    public List<String> supportingStaff = List.of();
    public LocalDate startDate;
    public LocalDate dueDate;
    public LocalDate reviewDate;
    public Long budgetPence;
    public String timeAllocation;
    public String staffing;
    public String cpd;
    public String monitoring;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isDueSoon(LocalDate today, int days) {
        return status.isOpen() && dueDate != null && !dueDate.isBefore(today) && !dueDate.isAfter(today.plusDays(days));
    }

    public boolean hasResources() {
        return (budgetPence != null && budgetPence > 0) || notBlank(timeAllocation) || notBlank(staffing) || notBlank(cpd);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String itemType() {
        return "ACTION";
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
        return state("number", number, "title", title, "priorityId", priorityId, "objectiveId", objectiveId,
                "lead", lead, "leadUserId", leadUserId, "supportingStaff", supportingStaff, "startDate", startDate,
                "dueDate", dueDate, "reviewDate", reviewDate, "budgetPence", budgetPence,
                "timeAllocation", timeAllocation, "staffing", staffing, "cpd", cpd, "monitoring", monitoring,
                "status", status);
    }
}
