package org.goldenthread.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.AcademicYear;
import org.goldenthread.monitoring.domain.ActivityStatus;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.FollowUpOutcome;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.rest.ActivityFollowUpsView;
import org.goldenthread.monitoring.rest.ActivityView;
import org.goldenthread.monitoring.rest.CalendarView;
import org.goldenthread.monitoring.rest.FindingView;
import org.goldenthread.monitoring.rest.FocusAreaView;
import org.goldenthread.monitoring.rest.FollowUpThread;
import org.goldenthread.monitoring.rest.TrustCalendarView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds what the calendar, follow-up and focus-area views show from the services' scoped reads,
 * so that every count and every list respects the tenant and confidentiality rules.
 */
@ApplicationScoped
public class MonitoringViews {
    /** Schools are in England: "today" is the school's day. */
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    private static final Comparator<Finding> BY_DATE = Comparator.comparing((Finding f) -> f.observedOn)
            .thenComparing(f -> f.id);

    @Inject
    ActivityService activities;
    @Inject
    FindingService findings;

    public static LocalDate today() {
        return LocalDate.now(SCHOOL_TIME);
    }

    @Transactional
    public List<ActivityView> activities(List<MonitoringActivity> list) {
        Map<UUID, Long> counts = activities.visibleFindingCounts(list.stream().map(a -> a.id).toList());
        LocalDate today = today();
        return list.stream().map(a -> ActivityView.of(a, counts.getOrDefault(a.id, 0L), today)).toList();
    }

    @Transactional
    public ActivityView activity(MonitoringActivity a) {
        return activities(List.of(a)).get(0);
    }

    @Transactional
    public List<FindingView> findings(List<Finding> list) {
        Set<UUID> evidence = findings.visibleEvidence(list.stream().flatMap(f -> f.evidenceIds.stream())
                .collect(Collectors.toSet()));
        return list.stream().map(f -> FindingView.of(f, evidence)).toList();
    }

    @Transactional
    public FindingView finding(Finding f) {
        return findings(List.of(f)).get(0);
    }

    @Transactional
    public CalendarView calendar(UUID schoolId, AcademicYear year, Term term) {
        return calendarOf(schoolId, year, term, activities(activities.calendar(schoolId, year, term)));
    }

    @Transactional
    public TrustCalendarView trustCalendar(AcademicYear year, Term term) {
        Map<UUID, List<ActivityView>> bySchool = new LinkedHashMap<>();
        for (ActivityView view : activities(activities.trustCalendar(year, term))) {
            bySchool.computeIfAbsent(view.schoolId(), s -> new ArrayList<>()).add(view);
        }
        return new TrustCalendarView(year.toString(), bySchool.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> calendarOf(e.getKey(), year, term, e.getValue())).toList());
    }

    private static CalendarView calendarOf(UUID schoolId, AcademicYear year, Term only, List<ActivityView> views) {
        List<CalendarView.TermView> terms = new ArrayList<>();
        for (Term term : Term.values()) {
            if (only != null && only != term) {
                continue;
            }
            List<ActivityView> inTerm = views.stream().filter(v -> v.term() == term).toList();
            terms.add(new CalendarView.TermView(term,
                    (int) inTerm.stream().filter(v -> v.status() == ActivityStatus.PLANNED).count(),
                    (int) inTerm.stream().filter(v -> v.status() == ActivityStatus.COMPLETED).count(),
                    (int) inTerm.stream().filter(v -> v.status() == ActivityStatus.CANCELLED).count(),
                    (int) inTerm.stream().filter(ActivityView::overdue).count(),
                    inTerm));
        }
        return new CalendarView(schoolId, year.toString(), terms);
    }

    /** Each finding of an activity with what later activities found about it. */
    @Transactional
    public ActivityFollowUpsView activityFollowUps(UUID activityId) {
        MonitoringActivity activity = activities.get(activityId);
        List<Finding> own = findings.ofActivity(activityId);
        List<Finding> later = findings.followUpsOf(own.stream().map(f -> f.id).toList());
        List<FollowUpThread> threads = threads(own, later);
        int improved = 0;
        int partly = 0;
        int remains = 0;
        int none = 0;
        for (FollowUpThread t : threads) {
            if (t.latestOutcome() == null) {
                none++;
            } else {
                switch (t.latestOutcome()) {
                    case IMPROVED -> improved++;
                    case PARTLY_IMPROVED -> partly++;
                    case REMAINS_A_KEY_ISSUE -> remains++;
                }
            }
        }
        return new ActivityFollowUpsView(activity(activity), threads, improved, partly, remains, none);
    }

    /** The chain of one finding: it and every later finding that followed it up. */
    @Transactional
    public FollowUpThread followUps(UUID findingId) {
        Finding finding = findings.get(findingId);
        return threads(List.of(finding), findings.followUpsOf(List.of(finding.id))).get(0);
    }

    /**
     * One focus area of a school: the findings carrying the tag, plus everything that followed
     * them up, arranged by activity (in date order) and as threads.
     */
    @Transactional
    public FocusAreaView focusArea(UUID schoolId, String tag) {
        List<Finding> tagged = findings.withFocusTag(schoolId, tag);
        Set<UUID> taggedIds = tagged.stream().map(f -> f.id).collect(Collectors.toSet());
        List<Finding> all = new ArrayList<>(tagged);
        for (Finding f : findings.followUpsOf(taggedIds)) {
            if (!taggedIds.contains(f.id)) {
                all.add(f);
            }
        }
        all.sort(BY_DATE);
        Set<UUID> ids = all.stream().map(f -> f.id).collect(Collectors.toSet());
        // A thread starts at a finding that follows up nothing in this focus area.
        List<Finding> roots = all.stream().filter(f -> f.followsUpFindingId == null || !ids.contains(f.followsUpFindingId)).toList();
        List<Finding> rest = all.stream().filter(f -> !roots.contains(f)).toList();
        List<FollowUpThread> threads = threads(roots, rest);

        Map<UUID, FindingView> views = new HashMap<>();
        findings(all).forEach(v -> views.put(v.id(), v));
        Map<UUID, MonitoringActivity> byActivity = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Finding f) -> f.activity.date()).thenComparing(f -> f.activity.id))
                .forEach(f -> byActivity.putIfAbsent(f.activity.id, f.activity));
        Map<UUID, ActivityView> activityViews = new HashMap<>();
        activities(new ArrayList<>(byActivity.values())).forEach(v -> activityViews.put(v.id(), v));
        List<FocusAreaView.FocusActivity> focusActivities = byActivity.keySet().stream()
                .map(id -> new FocusAreaView.FocusActivity(activityViews.get(id), all.stream()
                        .filter(f -> f.activity.id.equals(id)).map(f -> views.get(f.id)).toList()))
                .toList();
        return new FocusAreaView(schoolId, tag, focusActivities, threads);
    }

    /** Threads from {@code roots}, each with the findings of {@code candidates} that follow it up (transitively). */
    private List<FollowUpThread> threads(List<Finding> roots, List<Finding> candidates) {
        List<Finding> everything = new ArrayList<>(roots);
        everything.addAll(candidates);
        Map<UUID, FindingView> views = new HashMap<>();
        findings(everything).forEach(v -> views.put(v.id(), v));
        Map<UUID, List<Finding>> children = new HashMap<>();
        for (Finding c : candidates) {
            if (c.followsUpFindingId != null) {
                children.computeIfAbsent(c.followsUpFindingId, k -> new ArrayList<>()).add(c);
            }
        }
        List<FollowUpThread> threads = new ArrayList<>();
        for (Finding root : roots.stream().sorted(BY_DATE).toList()) {
            List<Finding> chain = new ArrayList<>();
            Set<UUID> seen = new LinkedHashSet<>(List.of(root.id));
            List<Finding> frontier = new ArrayList<>(children.getOrDefault(root.id, List.of()));
            while (!frontier.isEmpty()) {
                List<Finding> next = new ArrayList<>();
                for (Finding f : frontier) {
                    if (seen.add(f.id)) {
                        chain.add(f);
                        next.addAll(children.getOrDefault(f.id, List.of()));
                    }
                }
                frontier = next;
            }
            chain.sort(BY_DATE);
            Finding latest = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            FollowUpOutcome outcome = latest == null ? null : latest.followUpOutcome;
            threads.add(new FollowUpThread(views.get(root.id), chain.stream().map(f -> views.get(f.id)).toList(), outcome,
                    latest == null ? root.judgement : latest.judgement));
        }
        return threads;
    }
}
