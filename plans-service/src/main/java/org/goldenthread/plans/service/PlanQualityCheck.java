package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.KeyIssue;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.rest.QualityViews.Check;
import org.goldenthread.plans.rest.QualityViews.Fault;
import org.goldenthread.plans.rest.QualityViews.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The features of an effective improvement plan (NCETM "Key elements: improvement planning",
 * Oxfordshire improvement planning guidance 2015, the DCSF toolkit's single plan) as checks that
 * pass or fail with the items at fault. Pure: it looks only at the plan and its parts.
 */
public final class PlanQualityCheck {
    /** A success criterion is measurable when it carries a figure ("70%", "3 in 4", "by 5 points") or a measure. */
    private static final Pattern FIGURE = Pattern.compile("\\d");

    private PlanQualityCheck() {
    }

    public static Report check(Plan plan, Numbering.Parts parts, int maxPriorities) {
        List<Check> checks = new ArrayList<>();
        List<Action> actions = parts.actions().stream().sorted(java.util.Comparator.comparing(a -> a.number)).toList();
        checks.add(actionCheck("ACTION_HAS_LEAD", "Every action has a lead",
                "NCETM: who will lead or manage it? Oxfordshire: clarify the precise role of senior and middle leaders",
                actions, a -> blank(a.lead) ? "has no lead" : null));
        checks.add(actionCheck("ACTION_HAS_DATES", "Every action has a start and a due date",
                "NCETM: what the timescale for the activity is. Oxfordshire: clear actions with specific dates",
                actions, a -> a.startDate == null && a.dueDate == null ? "has no start or due date"
                        : a.startDate == null ? "has no start date" : a.dueDate == null ? "has no due date" : null));
        checks.add(actionCheck("ACTION_HAS_RESOURCES", "Every action has its resources (budget, time, staffing or CPD)",
                "NCETM: what funding is available for this? Oxfordshire: specify resources",
                actions, a -> a.hasResources() ? null : "has no budget, time, staffing or CPD"));
        checks.add(actionCheck("ACTION_HAS_MONITORING", "Every action says how it is monitored",
                "NCETM: what monitoring activities are in place? Oxfordshire: specify arrangements for monitoring and evaluation",
                actions, a -> blank(a.monitoring) ? "has no monitoring arrangements" : null));

        Set<java.util.UUID> measurable = new HashSet<>();
        for (Objective o : parts.objectives()) {
            if ((o.measure != null && !o.measure.isEmpty()) || (o.successCriterion != null && FIGURE.matcher(o.successCriterion).find())) {
                measurable.add(o.priorityId);
            }
        }
        Set<java.util.UUID> withMilestones = new HashSet<>();
        for (Milestone m : parts.milestones()) {
            withMilestones.add(m.priorityId);
        }
        List<Fault> noCriterion = new ArrayList<>();
        List<Fault> noMilestone = new ArrayList<>();
        List<Fault> unlinked = new ArrayList<>();
        Set<String> addressed = new HashSet<>();
        for (Priority p : parts.priorities()) {
            if (!measurable.contains(p.id)) {
                noCriterion.add(fault(p, "has no objective with a measurable success criterion (a figure or a measure)"));
            }
            if (!withMilestones.contains(p.id)) {
                noMilestone.add(fault(p, "has no termly milestone"));
            }
            if (plan.layer.isLayerTwo() && p.parentPriorityId == null) {
                unlinked.add(fault(p, "supports no priority of the layer-1 plan"));
            }
            addressed.addAll(p.addressesKeyIssues);
        }
        checks.add(check("PRIORITY_HAS_MEASURABLE_SUCCESS_CRITERION", "Every priority has a measurable success criterion",
                "Ofsted (Mathematics: understanding the score): measurable success criteria. Oxfordshire: explicit numerical targets for groups of pupils",
                true, noCriterion));
        checks.add(check("PRIORITY_HAS_TERMLY_MILESTONE", "Every priority has termly milestones",
                "Oxfordshire: termly milestones or measures of impact. DCSF toolkit: the single plan has clearly defined success criteria and termly milestones",
                true, noMilestone));
        checks.add(check("LAYER_TWO_PRIORITY_SUPPORTS_LAYER_ONE", "Every layer-2 priority supports a layer-1 priority",
                "Oxfordshire: layer 2 plans reflect the priorities of the layer 1 strategic plan, cross-referenced by number. NCETM: relates to the whole school improvement plan",
                plan.layer.isLayerTwo(), unlinked));
        checks.add(check("PLAN_LINKS_SELF_EVALUATION", "The plan links to self-evaluation",
                "NCETM: sections relate to the self-evaluation. Oxfordshire: links clearly to the school's self-evaluations, inspections, audits and reviews",
                true, plan.selfEvaluationLinks.isEmpty()
                        ? List.of(new Fault("PLAN", plan.id, null, plan.title, "has no link to a self-evaluation, audit or review"))
                        : List.of()));
        List<Fault> unaddressed = new ArrayList<>();
        for (KeyIssue k : plan.inspectionKeyIssues) {
            if (!addressed.contains(k.code())) {
                unaddressed.add(new Fault("KEY_ISSUE", null, k.code(), k.text(), "is addressed by no priority"));
            }
        }
        checks.add(check("KEY_ISSUES_ADDRESSED", "Every previous inspection key issue is addressed by a priority",
                "Oxfordshire: refer to previous inspection key issues", true, unaddressed));
        int count = parts.priorities().size();
        checks.add(check("PLAN_IS_CONCISE", "The plan is concise (at most " + maxPriorities + " priorities)",
                "Oxfordshire: be concise; focus on getting the basics taught well", true,
                count > maxPriorities ? List.of(new Fault("PLAN", plan.id, null, plan.title,
                        "has " + count + " priorities; a concise plan has at most " + maxPriorities)) : List.of()));
        int failed = (int) checks.stream().filter(c -> !c.passed()).count();
        return new Report(plan.id, failed == 0, failed, checks);
    }

    private static Check actionCheck(String code, String title, String guidance, List<Action> actions,
                                     Function<Action, String> problem) {
        List<Fault> faults = new ArrayList<>();
        for (Action a : actions) {
            String p = problem.apply(a);
            if (p != null) {
                faults.add(fault(a, p));
            }
        }
        return check(code, title, guidance, true, faults);
    }

    private static Check check(String code, String title, String guidance, boolean applies, List<Fault> faults) {
        return new Check(code, title, guidance, applies, faults.isEmpty(), faults);
    }

    private static Fault fault(org.goldenthread.plans.domain.Audited item, String problem) {
        return new Fault(item.itemType(), item.id, item.itemNumber(), item.itemTitle(), problem);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
