package org.goldenthread.monitoring.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.AcademicYear;
import org.goldenthread.monitoring.domain.ActivityStatus;
import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.domain.Participant;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.messaging.MonitoringEvents;
import org.goldenthread.monitoring.rest.ActivityRequest;
import org.goldenthread.monitoring.rest.CancelActivityRequest;
import org.goldenthread.monitoring.rest.CompleteActivityRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plans, changes, completes and cancels monitoring activities, and reads the calendar. */
@ApplicationScoped
public class ActivityService {
    @Inject
    Access access;
    @Inject
    MonitoringEvents events;
    @Inject
    FindingService findings;

    /** Filters of the activity list; null means any. */
    public record ActivityFilter(UUID schoolId, AcademicYear academicYear, Term term, ActivityStatus status,
                                 ActivityType type, String focusTag, UUID milestoneId) {
    }

    @Transactional
    public MonitoringActivity plan(ActivityRequest request) {
        access.requireRecorder();
        access.requireSchool(request.schoolId());
        MonitoringActivity a = new MonitoringActivity();
        a.id = Ids.newId();
        a.trustId = access.scope().trustId();
        a.schoolId = request.schoolId();
        a.status = ActivityStatus.PLANNED;
        apply(a, request);
        a.createdBy = access.subject();
        a.createdAt = now();
        a.updatedAt = a.createdAt;
        a.persist();
        return a;
    }

    @Transactional
    public MonitoringActivity get(UUID id) {
        return MonitoringActivity.<MonitoringActivity>find("id = :id and " + access.scope().where(),
                        access.scope().params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("monitoring activity " + id));
    }

    @Transactional
    public MonitoringActivity update(UUID id, String ifMatch, ActivityRequest request) {
        access.requireRecorder();
        MonitoringActivity a = get(id);
        ETags.requireMatch(ifMatch, a.version);
        if (!a.schoolId.equals(request.schoolId())) {
            throw ProblemException.invalidField("schoolId", "cannot change; plan a new activity for another school");
        }
        if (a.status == ActivityStatus.CANCELLED) {
            throw ProblemException.conflict("the activity was cancelled and can no longer change");
        }
        if (a.status == ActivityStatus.COMPLETED) {
            // Published findings carry the activity's type, year and term: those stay as they were.
            List<FieldError> fixed = new ArrayList<>();
            if (request.type() != a.type) {
                fixed.add(FieldError.of("type", "cannot change once the activity is completed"));
            }
            if (request.academicYear() != null && !request.academicYear().equals(a.academicYear)) {
                fixed.add(FieldError.of("academicYear", "cannot change once the activity is completed"));
            }
            if (request.term() != null && request.term() != a.term) {
                fixed.add(FieldError.of("term", "cannot change once the activity is completed"));
            }
            if (!fixed.isEmpty()) {
                throw new ProblemException(409, ProblemTypes.CONFLICT, "Conflict",
                        "a completed activity keeps its type, academic year and term", fixed);
            }
            String year = a.academicYear;
            Term term = a.term;
            apply(a, request);
            a.academicYear = year;
            a.term = term;
        } else {
            apply(a, request);
        }
        a.updatedAt = now();
        Panache.getEntityManager().flush();
        return a;
    }

    /** PLANNED → COMPLETED: writes activity-completed, then publishes the activity's non-confidential findings. */
    @Transactional
    public MonitoringActivity complete(UUID id, String ifMatch, CompleteActivityRequest request) {
        access.requireRecorder();
        MonitoringActivity a = get(id);
        ETags.requireMatch(ifMatch, a.version);
        if (a.status != ActivityStatus.PLANNED) {
            throw ProblemException.conflict("the activity is " + a.status + "; only a PLANNED activity can be completed");
        }
        AcademicYear year = AcademicYear.parse(a.academicYear);
        if (!year.contains(request.completedOn())) {
            throw ProblemException.invalidField("completedOn", "must be within the activity's academic year " + a.academicYear
                    + " (" + year.firstDay() + " to " + year.lastDay() + ")");
        }
        a.status = ActivityStatus.COMPLETED;
        a.completedOn = request.completedOn();
        if (!a.term.canContain(a.completedOn)) {
            a.term = Term.of(a.completedOn);
        }
        String summary = Inputs.clean(request.summary());
        if (summary != null) {
            a.summary = summary;
        }
        a.updatedAt = now();
        List<Finding> toPublish = Finding.<Finding>list("activity.id = ?1 and confidential = false order by id", a.id);
        events.activityCompleted(a, toPublish.size());
        for (Finding f : toPublish) {
            findings.publish(f);
        }
        Panache.getEntityManager().flush();
        return a;
    }

    @Transactional
    public MonitoringActivity cancel(UUID id, String ifMatch, CancelActivityRequest request) {
        access.requireRecorder();
        MonitoringActivity a = get(id);
        ETags.requireMatch(ifMatch, a.version);
        if (a.status != ActivityStatus.PLANNED) {
            throw ProblemException.conflict("the activity is " + a.status + "; only a PLANNED activity can be cancelled");
        }
        long recorded = Finding.count("activity.id", a.id);
        if (recorded > 0) {
            throw ProblemException.conflict("the activity already has " + recorded
                    + " finding(s); complete it instead, or delete the findings first");
        }
        a.status = ActivityStatus.CANCELLED;
        a.cancelledAt = now();
        a.cancellationReason = Inputs.clean(request.reason());
        a.updatedAt = a.cancelledAt;
        Panache.getEntityManager().flush();
        return a;
    }

    @Transactional
    public List<MonitoringActivity> list(ActivityFilter filter, PageRequest page) {
        StringBuilder q = new StringBuilder("from MonitoringActivity a where ").append(access.scope().where("a"));
        Parameters p = access.scope().params();
        if (filter.schoolId() != null) {
            access.requireSchool(filter.schoolId());
            q.append(" and a.schoolId = :school");
            p.and("school", filter.schoolId());
        }
        if (filter.academicYear() != null) {
            q.append(" and a.academicYear = :year");
            p.and("year", filter.academicYear().toString());
        }
        if (filter.term() != null) {
            q.append(" and a.term = :term");
            p.and("term", filter.term());
        }
        if (filter.status() != null) {
            q.append(" and a.status = :status");
            p.and("status", filter.status());
        }
        if (filter.type() != null) {
            q.append(" and a.type = :type");
            p.and("type", filter.type());
        }
        if (filter.focusTag() != null) {
            q.append(" and array_contains(a.focusTags, :tag)");
            p.and("tag", filter.focusTag());
        }
        if (filter.milestoneId() != null) {
            q.append(" and array_contains(a.linkedMilestoneIds, :milestone)");
            p.and("milestone", filter.milestoneId());
        }
        String after = page.position();
        if (after != null) {
            q.append(" and a.id > :after");
            p.and("after", cursorId(after));
        }
        q.append(" order by a.id");
        return MonitoringActivity.<MonitoringActivity>find(q.toString(), p).page(0, page.fetchSize()).list();
    }

    /** A school's activities for a year (or one term of it), in date order. */
    @Transactional
    public List<MonitoringActivity> calendar(UUID schoolId, AcademicYear year, Term term) {
        access.requireSchool(schoolId);
        return calendarQuery(schoolId, year, term);
    }

    /** Every visible school's activities for a year (or one term of it), in date order. */
    @Transactional
    public List<MonitoringActivity> trustCalendar(AcademicYear year, Term term) {
        return calendarQuery(null, year, term);
    }

    private List<MonitoringActivity> calendarQuery(UUID schoolId, AcademicYear year, Term term) {
        StringBuilder q = new StringBuilder("from MonitoringActivity a where ").append(access.scope().where("a"))
                .append(" and a.academicYear = :year");
        Parameters p = access.scope().params().and("year", year.toString());
        if (schoolId != null) {
            q.append(" and a.schoolId = :school");
            p.and("school", schoolId);
        }
        if (term != null) {
            q.append(" and a.term = :term");
            p.and("term", term);
        }
        q.append(" order by coalesce(a.completedOn, a.plannedOn), a.id");
        return MonitoringActivity.<MonitoringActivity>find(q.toString(), p).list();
    }

    /** How many findings of each activity the caller may see (confidential ones only for those allowed). */
    @Transactional
    public Map<UUID, Long> visibleFindingCounts(Collection<UUID> activityIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Access.bind(Panache.getEntityManager().createQuery(
                        "select f.activity.id, count(f) from Finding f where f.activity.id in :ids and "
                                + access.scope().where("f") + " and " + access.confidentialVisible("f", "recordedBy")
                                + " group by f.activity.id", Object[].class), access.params().and("ids", activityIds))
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private void apply(MonitoringActivity a, ActivityRequest r) {
        LocalDate planned = r.plannedOn();
        AcademicYear year = r.academicYear() == null ? AcademicYear.of(planned) : Inputs.academicYear("academicYear", r.academicYear());
        List<FieldError> errors = new ArrayList<>();
        if (!year.contains(planned)) {
            errors.add(FieldError.of("plannedOn", "must be within the academic year " + year + " (" + year.firstDay()
                    + " to " + year.lastDay() + ")"));
        }
        Term term = r.term() == null ? Term.of(planned) : r.term();
        if (r.term() != null && !term.canContain(planned)) {
            errors.add(FieldError.of("term", "cannot contain the planned date " + planned));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        a.type = r.type();
        a.academicYear = year.toString();
        a.term = term;
        a.plannedOn = planned;
        a.lead = Inputs.clean(r.lead());
        a.participants = r.participants() == null ? new ArrayList<>() : r.participants().stream()
                .map(p -> new Participant(Inputs.clean(p.name()), Inputs.clean(p.role())))
                .collect(Collectors.toCollection(ArrayList::new));
        a.subject = Inputs.clean(r.subject());
        a.yearGroups = Inputs.yearGroups(r.yearGroups());
        a.focusTags = Inputs.distinct(r.focusTags());
        a.linkedMilestoneIds = Inputs.distinct(r.linkedMilestoneIds());
        a.linkedActionIds = Inputs.distinct(r.linkedActionIds());
        a.purpose = Inputs.clean(r.purpose());
        String title = Inputs.clean(r.title());
        a.title = title != null ? title : defaultTitle(a);
    }

    static String defaultTitle(MonitoringActivity a) {
        StringBuilder t = new StringBuilder(a.type.label());
        if (a.subject != null) {
            t.append(": ").append(a.subject);
        }
        if (!a.yearGroups.isEmpty()) {
            t.append(a.subject != null ? ", " : ": ").append(yearsText(a.yearGroups));
        }
        return t.toString();
    }

    /** "Reception", "Year 4", "Years 1-6", "Years 3, 5". */
    static String yearsText(List<Integer> groups) {
        List<String> names = groups.stream().map(g -> g == 0 ? "Reception" : String.valueOf(g)).toList();
        if (groups.size() == 1) {
            return groups.get(0) == 0 ? "Reception" : "Year " + groups.get(0);
        }
        boolean consecutive = true;
        for (int i = 1; i < groups.size(); i++) {
            consecutive &= groups.get(i) == groups.get(i - 1) + 1;
        }
        if (groups.get(0) == 0) {
            return consecutive ? "Reception to Year " + groups.get(groups.size() - 1) : String.join(", ", names);
        }
        return "Years " + (consecutive ? groups.get(0) + "-" + groups.get(groups.size() - 1) : String.join(", ", names));
    }

    static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "is not a cursor this API issued; use the next link of the previous page");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
