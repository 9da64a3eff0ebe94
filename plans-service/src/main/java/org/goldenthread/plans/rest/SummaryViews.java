package org.goldenthread.plans.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records of the plan and trust summaries. */
public final class SummaryViews {
    private SummaryViews() {
    }

    @Schema(name = "MilestoneCounts", description = "Milestones counted by status")
    public record MilestoneCounts(
            @Schema(example = "12") int notDue, @Schema(example = "5") int onTrack, @Schema(example = "2") int atRisk,
            @Schema(example = "3") int met, @Schema(example = "1") int notMet, @Schema(example = "23") int total) {

        public static MilestoneCounts of(Map<MilestoneStatus, Integer> counts) {
            int notDue = counts.getOrDefault(MilestoneStatus.NOT_DUE, 0);
            int onTrack = counts.getOrDefault(MilestoneStatus.ON_TRACK, 0);
            int atRisk = counts.getOrDefault(MilestoneStatus.AT_RISK, 0);
            int met = counts.getOrDefault(MilestoneStatus.MET, 0);
            int notMet = counts.getOrDefault(MilestoneStatus.NOT_MET, 0);
            return new MilestoneCounts(notDue, onTrack, atRisk, met, notMet, notDue + onTrack + atRisk + met + notMet);
        }

        public MilestoneCounts plus(MilestoneCounts o) {
            return new MilestoneCounts(notDue + o.notDue, onTrack + o.onTrack, atRisk + o.atRisk, met + o.met,
                    notMet + o.notMet, total + o.total);
        }

        public static final MilestoneCounts NONE = new MilestoneCounts(0, 0, 0, 0, 0, 0);
    }

    @Schema(name = "ActionCounts", description = "Actions counted: all, completed, overdue (open and past their due date) and due soon")
    public record ActionCounts(@Schema(example = "14") int total, @Schema(example = "3") int completed,
                               @Schema(example = "2") int overdue, @Schema(example = "1") int dueSoon) {
        public ActionCounts plus(ActionCounts o) {
            return new ActionCounts(total + o.total, completed + o.completed, overdue + o.overdue, dueSoon + o.dueSoon);
        }

        public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0);
    }

    @Schema(name = "PrioritySummary", description = "One priority's roll-up")
    public record PrioritySummary(UUID priorityId, @Schema(example = "1") String number,
                                  @Schema(example = "Raise attainment in writing") String title,
                                  @Schema(example = "Quality of education") String area,
                                  @Schema(description = "Rolled up from its milestones and overdue actions", example = "AMBER") Rag rag,
                                  @Schema(description = "The RAG the latest review gave it, if any", example = "GREEN") Rag reviewRag,
                                  MilestoneCounts milestones, ActionCounts actions,
                                  @Schema(description = "Budget of its actions, in pence", example = "450000") long budgetPence) {
    }

    @Schema(name = "OverdueAction", description = "An open action past its due date")
    public record OverdueAction(UUID actionId, UUID priorityId, @Schema(example = "1.2") String number,
                                @Schema(example = "Writing CPD for Year 3 and 4 teachers") String title,
                                @Schema(example = "English lead") String lead, LocalDate dueDate,
                                @Schema(example = "9") long daysOverdue) {
    }

    @Schema(name = "LatestReview", description = "The latest plan–do–review entry")
    public record LatestReview(UUID reviewId, LocalDate reviewedOn, @Schema(example = "Autumn term review") String title, Rag overallRag) {
    }

    @Schema(name = "PlanSummary", description = """
            A plan at a glance. RAG rules: a milestone NOT_MET is red, AT_RISK amber, MET or ON_TRACK green, NOT_DUE \
            unrated; an overdue action makes its priority at least amber; a priority's RAG is the worst of these, the \
            plan's the worst of its priorities'; NONE when nothing is rated yet.""")
    public record PlanSummary(UUID planId, UUID schoolId, @Schema(example = "School improvement plan 2026-27") String title,
                              @Schema(example = "2026-27") String academicYear, PlanLayer layer, PlanStatus status,
                              @Schema(example = "AMBER") Rag rag, MilestoneCounts milestones, ActionCounts actions,
                              @Schema(description = "Total budget of the plan's actions, in pence", example = "1250000") long budgetPence,
                              List<PrioritySummary> priorities, List<OverdueAction> overdueActions,
                              LatestReview latestReview,
                              @Schema(description = "The date overdue and due soon are reckoned from") LocalDate asOf) {
    }

    @Schema(name = "PlanRollup", description = "One plan's line of the trust summary")
    public record PlanRollup(UUID planId, UUID schoolId, String title, String academicYear, PlanLayer layer,
                             PlanStatus status, Rag rag, @Schema(description = "Priorities counted by RAG") Map<Rag, Integer> priorityRags,
                             MilestoneCounts milestones, ActionCounts actions, long budgetPence) {
    }

    @Schema(name = "TrustSummary", description = "The same figures across the plans of the trust's schools (and the trust's own plans) that the caller can see")
    public record TrustSummary(UUID trustId, @Schema(example = "2026-27") String academicYear,
                               @Schema(description = "Plans counted by RAG") Map<Rag, Integer> planRags,
                               MilestoneCounts milestones, ActionCounts actions, long budgetPence,
                               List<PlanRollup> plans, LocalDate asOf) {
    }
}
