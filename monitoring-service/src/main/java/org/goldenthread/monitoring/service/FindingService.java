package org.goldenthread.monitoring.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.AcademicYear;
import org.goldenthread.monitoring.domain.ActivityStatus;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.FindingKind;
import org.goldenthread.monitoring.domain.FollowUpOutcome;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.messaging.FindingWithdrawn;
import org.goldenthread.monitoring.messaging.MonitoringEvents;
import org.goldenthread.monitoring.rest.FindingRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records, changes and withdraws findings, and decides what is published: a finding is in the
 * event stream exactly while it is not confidential and its activity is completed. Every change
 * bumps the revision the events carry.
 */
@ApplicationScoped
public class FindingService {
    @Inject
    Access access;
    @Inject
    MonitoringEvents events;

    /** Filters of the finding list; null means any. */
    public record FindingFilter(UUID schoolId, UUID activityId, String focusTag, UUID milestoneId, FindingKind kind,
                                AcademicYear academicYear, Term term, UUID followsUpFindingId) {
    }

    /** Everything a change can touch: equal snapshots mean nothing changed (no new revision, no event). */
    private record Content(FindingKind kind, String statement, int judgement, String subject, List<Integer> yearGroups,
                           List<String> focusTags, List<UUID> linkedMilestoneIds, Set<UUID> evidenceIds,
                           UUID followsUpFindingId, FollowUpOutcome followUpOutcome, boolean confidential,
                           LocalDate observedOn) {
        static Content of(Finding f) {
            return new Content(f.kind, f.statement, f.judgement, f.subject, List.copyOf(f.yearGroups),
                    List.copyOf(f.focusTags), List.copyOf(f.linkedMilestoneIds), Set.copyOf(f.evidenceIds),
                    f.followsUpFindingId, f.followUpOutcome, f.confidential, f.observedOn);
        }
    }

    @Transactional
    public Finding record(UUID activityId, FindingRequest request) {
        access.requireRecorder();
        MonitoringActivity a = activity(activityId);
        if (a.status == ActivityStatus.CANCELLED) {
            throw ProblemException.conflict("the activity was cancelled; findings cannot be recorded on it");
        }
        Finding f = new Finding();
        f.id = Ids.newId();
        f.trustId = a.trustId;
        f.schoolId = a.schoolId;
        f.activity = a;
        f.recordedBy = access.subject();
        f.recordedAt = ActivityService.now();
        f.updatedAt = f.recordedAt;
        f.revision = 1;
        apply(f, request);
        f.persist();
        if (publishable(f)) {
            publish(f);
        }
        return f;
    }

    /** A finding the caller may see: of their tenant, and if confidential, theirs or their school's as its leader. */
    @Transactional
    public Finding get(UUID id) {
        return Finding.<Finding>find("from Finding f where f.id = :id and " + access.scope().where("f") + " and "
                        + access.confidentialVisible("f", "recordedBy"), access.params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("finding " + id));
    }

    @Transactional
    public Finding update(UUID id, String ifMatch, FindingRequest request) {
        access.requireRecorder();
        Finding f = get(id);
        access.requireMayChange(f.schoolId, f.recordedBy, "finding");
        ETags.requireMatch(ifMatch, f.version);
        Content before = Content.of(f);
        apply(f, request);
        if (before.equals(Content.of(f))) {
            return f;
        }
        f.revision++;
        f.updatedAt = ActivityService.now();
        if (publishable(f)) {
            publish(f);
        } else if (f.published) {
            // A completed activity never goes back, so only confidentiality takes a finding out of the stream.
            withdraw(f, FindingWithdrawn.MADE_CONFIDENTIAL);
        }
        Panache.getEntityManager().flush();
        return f;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        access.requireRecorder();
        Finding f = get(id);
        access.requireMayChange(f.schoolId, f.recordedBy, "finding");
        ETags.requireMatch(ifMatch, f.version);
        if (Finding.count("followsUpFindingId", f.id) > 0) {
            throw ProblemException.conflict("later findings follow this finding up; delete or change them first");
        }
        if (f.published) {
            f.revision++;
            withdraw(f, FindingWithdrawn.DELETED);
        }
        f.delete();
    }

    /** Publishes a finding: finding-recorded the first time, finding-updated after that. */
    void publish(Finding f) {
        boolean first = !f.published;
        f.published = true;
        events.findingPublished(f, first);
    }

    private void withdraw(Finding f, String reason) {
        f.published = false;
        events.findingWithdrawn(f, reason);
    }

    private static boolean publishable(Finding f) {
        return !f.confidential && f.activity.status == ActivityStatus.COMPLETED;
    }

    /**
     * Evidence removed from findings (it was deleted): each published finding gets a new revision
     * and finding-updated, since its evidence count changed.
     */
    void evidenceRemoved(UUID evidenceId) {
        List<Finding> linked = Finding.list("select f from Finding f join f.evidenceIds e where e = ?1", evidenceId);
        for (Finding f : linked) {
            f.evidenceIds.remove(evidenceId);
            f.revision++;
            f.updatedAt = ActivityService.now();
            if (f.published) {
                publish(f);
            }
        }
    }

    @Transactional
    public List<Finding> list(FindingFilter filter, PageRequest page) {
        StringBuilder q = new StringBuilder("from Finding f where ").append(access.scope().where("f")).append(" and ")
                .append(access.confidentialVisible("f", "recordedBy"));
        Parameters p = access.params();
        if (filter.schoolId() != null) {
            access.requireSchool(filter.schoolId());
            q.append(" and f.schoolId = :school");
            p.and("school", filter.schoolId());
        }
        if (filter.activityId() != null) {
            q.append(" and f.activity.id = :activity");
            p.and("activity", filter.activityId());
        }
        if (filter.focusTag() != null) {
            q.append(" and array_contains(f.focusTags, :tag)");
            p.and("tag", filter.focusTag());
        }
        if (filter.milestoneId() != null) {
            q.append(" and array_contains(f.linkedMilestoneIds, :milestone)");
            p.and("milestone", filter.milestoneId());
        }
        if (filter.kind() != null) {
            q.append(" and f.kind = :kind");
            p.and("kind", filter.kind());
        }
        if (filter.academicYear() != null) {
            q.append(" and f.activity.academicYear = :year");
            p.and("year", filter.academicYear().toString());
        }
        if (filter.term() != null) {
            q.append(" and f.activity.term = :term");
            p.and("term", filter.term());
        }
        if (filter.followsUpFindingId() != null) {
            q.append(" and f.followsUpFindingId = :followed");
            p.and("followed", filter.followsUpFindingId());
        }
        String after = page.position();
        if (after != null) {
            q.append(" and f.id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by f.id");
        return Finding.<Finding>find(q.toString(), p).page(0, page.fetchSize()).list();
    }

    /** The findings of an activity the caller may see, oldest first. */
    @Transactional
    public List<Finding> ofActivity(UUID activityId) {
        activity(activityId);
        return Finding.<Finding>find("from Finding f where f.activity.id = :activity and " + access.scope().where("f")
                        + " and " + access.confidentialVisible("f", "recordedBy") + " order by f.observedOn, f.id",
                access.params().and("activity", activityId)).list();
    }

    /** Visible findings of a school that carry a focus tag, oldest first. */
    @Transactional
    public List<Finding> withFocusTag(UUID schoolId, String tag) {
        access.requireSchool(schoolId);
        return Finding.<Finding>find("from Finding f where f.schoolId = :school and array_contains(f.focusTags, :tag) and "
                        + access.scope().where("f") + " and " + access.confidentialVisible("f", "recordedBy")
                        + " order by f.observedOn, f.id",
                access.params().and("school", schoolId).and("tag", tag)).list();
    }

    /** Every visible finding that follows up one of these, directly or through each other. */
    @Transactional
    public List<Finding> followUpsOf(Collection<UUID> findingIds) {
        List<Finding> found = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(findingIds);
        Set<UUID> frontier = new LinkedHashSet<>(findingIds);
        while (!frontier.isEmpty()) {
            List<Finding> next = Finding.<Finding>find("from Finding f where f.followsUpFindingId in :ids and "
                            + access.scope().where("f") + " and " + access.confidentialVisible("f", "recordedBy"),
                    access.params().and("ids", frontier)).list();
            frontier = new LinkedHashSet<>();
            for (Finding f : next) {
                if (seen.add(f.id)) {
                    found.add(f);
                    frontier.add(f.id);
                }
            }
        }
        return found;
    }

    /** Of these evidence ids, those the caller may see. */
    @Transactional
    public Set<UUID> visibleEvidence(Collection<UUID> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Access.bind(Panache.getEntityManager().createQuery(
                "select e.id from EvidenceItem e where e.id in :ids and " + access.scope().where("e") + " and "
                        + access.confidentialVisible("e", "uploadedBy"), UUID.class),
                access.params().and("ids", evidenceIds)).getResultList());
    }

    MonitoringActivity activity(UUID activityId) {
        return MonitoringActivity.<MonitoringActivity>find("id = :id and " + access.scope().where(),
                        access.scope().params().and("id", activityId))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("monitoring activity " + activityId));
    }

    private void apply(Finding f, FindingRequest r) {
        MonitoringActivity a = f.activity;
        List<FieldError> errors = new ArrayList<>();
        int judgement = r.judgement();
        if (r.kind() == FindingKind.STRENGTH && judgement > 2) {
            errors.add(FieldError.of("judgement", "a STRENGTH is judged 1 or 2 on the toolkit's scale"));
        }
        if (r.kind() == FindingKind.AREA_FOR_DEVELOPMENT && judgement < 2) {
            errors.add(FieldError.of("judgement", "an AREA_FOR_DEVELOPMENT is judged 2, 3 or 4 on the toolkit's scale"));
        }
        LocalDate observedOn = r.observedOn() != null ? r.observedOn() : a.date();
        AcademicYear year = AcademicYear.parse(a.academicYear);
        if (!year.contains(observedOn)) {
            errors.add(FieldError.of("observedOn", "must be within the activity's academic year " + a.academicYear));
        }
        // Absent keeps what the finding has (false for a new one): leaving the flag out of a change never discloses.
        boolean confidential = r.confidential() != null ? r.confidential() : f.confidential;
        if (r.followsUpFindingId() != null && r.followUpOutcome() == null) {
            errors.add(FieldError.of("followUpOutcome", "is required when following up a finding: IMPROVED, PARTLY_IMPROVED or REMAINS_A_KEY_ISSUE"));
        }
        if (r.followsUpFindingId() == null && r.followUpOutcome() != null) {
            errors.add(FieldError.of("followsUpFindingId", "is required with followUpOutcome: name the finding this one follows up"));
        }
        if (r.followsUpFindingId() != null) {
            checkFollowUp(f, r.followsUpFindingId(), observedOn, confidential, errors);
        }
        List<UUID> evidence = Inputs.distinct(r.evidenceIds());
        if (!evidence.isEmpty()) {
            Set<UUID> usable = new HashSet<>(Access.bind(Panache.getEntityManager().createQuery(
                    "select e.id from EvidenceItem e where e.id in :ids and e.schoolId = :school and "
                            + access.scope().where("e") + " and " + access.confidentialVisible("e", "uploadedBy"), UUID.class),
                    access.params().and("ids", evidence).and("school", f.schoolId)).getResultList());
            List<UUID> given = r.evidenceIds();
            for (int i = 0; i < given.size(); i++) {
                if (!usable.contains(given.get(i))) {
                    errors.add(new FieldError("evidenceIds[" + i + "]", "is not evidence of this school", null,
                            String.valueOf(given.get(i))));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        f.kind = r.kind();
        f.statement = Inputs.clean(r.statement());
        f.judgement = judgement;
        f.subject = r.subject() != null ? Inputs.clean(r.subject()) : a.subject;
        f.yearGroups = r.yearGroups() != null ? Inputs.yearGroups(r.yearGroups()) : new ArrayList<>(a.yearGroups);
        f.focusTags = r.focusTags() != null ? Inputs.distinct(r.focusTags()) : new ArrayList<>(a.focusTags);
        f.linkedMilestoneIds = r.linkedMilestoneIds() != null ? Inputs.distinct(r.linkedMilestoneIds())
                : new ArrayList<>(a.linkedMilestoneIds);
        f.evidenceIds.clear();
        f.evidenceIds.addAll(evidence);
        f.followsUpFindingId = r.followsUpFindingId();
        f.followUpOutcome = r.followUpOutcome();
        f.confidential = confidential;
        f.observedOn = observedOn;
    }

    private void checkFollowUp(Finding f, UUID earlierId, LocalDate observedOn, boolean confidential, List<FieldError> errors) {
        Finding earlier = Finding.<Finding>find("from Finding f where f.id = :id and " + access.scope().where("f") + " and "
                + access.confidentialVisible("f", "recordedBy"), access.params().and("id", earlierId)).firstResult();
        if (earlier == null || !earlier.schoolId.equals(f.schoolId)) {
            errors.add(FieldError.of("followsUpFindingId", "is not a finding of this school"));
            return;
        }
        if (earlier.id.equals(f.id)) {
            errors.add(FieldError.of("followsUpFindingId", "cannot be the finding itself"));
            return;
        }
        if (earlier.activity.id.equals(f.activity.id)) {
            errors.add(FieldError.of("followsUpFindingId", "must be a finding of an earlier activity, not of this one"));
        }
        if (earlier.observedOn.isAfter(observedOn)) {
            errors.add(FieldError.of("followsUpFindingId", "was observed on " + earlier.observedOn
                    + ", after this finding; a follow-up comes later"));
        }
        if (earlier.confidential && !confidential) {
            errors.add(FieldError.of("followsUpFindingId", "is confidential; only a confidential finding can follow it up"));
        }
        // No cycles: walking back from the earlier finding must never reach this one.
        Set<UUID> seen = new HashSet<>();
        UUID cursor = earlier.followsUpFindingId;
        while (cursor != null && seen.add(cursor)) {
            if (Objects.equals(cursor, f.id)) {
                errors.add(FieldError.of("followsUpFindingId", "already follows this finding up; follow-ups cannot go round in a circle"));
                return;
            }
            Finding step = Finding.findById(cursor);
            cursor = step == null ? null : step.followsUpFindingId;
        }
    }
}
