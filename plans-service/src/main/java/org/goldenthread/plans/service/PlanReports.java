package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.plans.config.PlansConfig;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.rest.QualityViews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reports made from a whole plan: the quality check and the governors' CSV export. */
@ApplicationScoped
public class PlanReports {
    @Inject
    PlanAccess access;
    @Inject
    Numbering numbering;
    @Inject
    PlansConfig config;
    @Inject
    Clock clock;

    @Transactional
    public QualityViews.Report qualityCheck(UUID planId) {
        Plan plan = access.visiblePlan(planId);
        return PlanQualityCheck.check(plan, numbering.load(plan.id), config.quality().maxPriorities());
    }

    /** The plan and its CSV: one row per action (a priority without actions still gets a row). */
    public record Export(Plan plan, String csv) {
    }

    @Transactional
    public Export csv(UUID planId) {
        Plan plan = access.visiblePlan(planId);
        Numbering.Parts parts = numbering.load(plan.id);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Objective> objectives = parts.objectives().stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<UUID, List<Objective>> objectivesByPriority = parts.objectives().stream()
                .sorted(Comparator.comparing(o -> o.position)).collect(Collectors.groupingBy(o -> o.priorityId));
        Map<UUID, List<Action>> actionsByPriority = parts.actions().stream()
                .sorted(Comparator.comparing(a -> a.position)).collect(Collectors.groupingBy(a -> a.priorityId));
        Map<UUID, List<Milestone>> milestonesByAction = parts.milestones().stream()
                .sorted(Comparator.comparing(m -> m.position)).collect(Collectors.groupingBy(m -> m.actionId));
        Csv csv = new Csv();
        csv.row("Priority", "Priority title", "Area", "Objective", "Success criteria", "Action", "Action title", "Lead",
                "Supporting staff", "Start date", "Due date", "Review date", "Budget (£)", "Time", "Staffing", "CPD",
                "Monitoring", "Status", "Due", "Milestones");
        for (Priority p : parts.priorities()) {
            List<Action> actions = actionsByPriority.getOrDefault(p.id, List.of());
            if (actions.isEmpty()) {
                String criteria = objectivesByPriority.getOrDefault(p.id, List.of()).stream()
                        .map(o -> o.number + " " + (o.successCriterion == null ? o.title : o.successCriterion))
                        .collect(Collectors.joining("; "));
                csv.row(p.number, p.title, p.areaLabel(), "", criteria, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
                continue;
            }
            for (Action a : actions) {
                Objective o = a.objectiveId == null ? null : objectives.get(a.objectiveId);
                String criteria = o != null ? nz(o.successCriterion)
                        : objectivesByPriority.getOrDefault(p.id, List.of()).stream()
                        .map(x -> x.number + " " + nz(x.successCriterion)).collect(Collectors.joining("; "));
                String milestones = milestonesByAction.getOrDefault(a.id, List.of()).stream()
                        .map(m -> m.number + " " + capital(m.term.words()) + " " + m.academicYear + " (" + m.dueDate + "): "
                                + m.title + " [" + m.status + (m.isOverridden() ? ", overridden" : "") + "]")
                        .collect(Collectors.joining("; "));
                List<String> cells = new ArrayList<>(List.of(p.number, p.title, p.areaLabel(),
                        o == null ? "" : o.number + " " + o.title, criteria, a.number, a.title, nz(a.lead),
                        String.join(", ", a.supportingStaff), date(a.startDate), date(a.dueDate), date(a.reviewDate),
                        a.budgetPence == null ? "" : pounds(a.budgetPence), nz(a.timeAllocation), nz(a.staffing), nz(a.cpd),
                        nz(a.monitoring), a.status.name(),
                        a.isOverdue(today) ? "OVERDUE" : a.isDueSoon(today, config.dueSoonDays()) ? "DUE SOON" : "",
                        milestones));
                csv.row(cells.toArray(String[]::new));
            }
        }
        return new Export(plan, csv.toString());
    }

    static String pounds(long pence) {
        return String.format("%d.%02d", pence / 100, Math.abs(pence % 100));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** RFC 4180 CSV, with cells that a spreadsheet would run as a formula made inert. */
    static final class Csv {
        private final StringBuilder out = new StringBuilder();

        void row(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells[i]));
            }
            out.append("\r\n");
        }

        static String cell(String value) {
            String v = value == null ? "" : value;
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            return v;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
