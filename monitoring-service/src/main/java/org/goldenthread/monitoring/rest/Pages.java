package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.paging.Page;

import java.util.List;

/** Typed pages, so that the OpenAPI document names what each list holds. */
public final class Pages {
    private Pages() {
    }

    @Schema(name = "ActivityPage", description = "A page of monitoring activities; follow `next` for more.")
    public record ActivityPage(List<ActivityView> items,
                               @Schema(description = "Link to the next page; absent on the last page") String next) {
        static ActivityPage of(Page<ActivityView> page) {
            return new ActivityPage(page.items(), page.next());
        }
    }

    @Schema(name = "FindingPage", description = "A page of findings; follow `next` for more.")
    public record FindingPage(List<FindingView> items,
                              @Schema(description = "Link to the next page; absent on the last page") String next) {
        static FindingPage of(Page<FindingView> page) {
            return new FindingPage(page.items(), page.next());
        }
    }

    @Schema(name = "EvidencePage", description = "A page of evidence items; follow `next` for more.")
    public record EvidencePage(List<EvidenceView> items,
                               @Schema(description = "Link to the next page; absent on the last page") String next) {
        static EvidencePage of(Page<EvidenceView> page) {
            return new EvidencePage(page.items(), page.next());
        }
    }

    @Schema(name = "EvidenceDeletionPage", description = "A page of evidence deletion records; follow `next` for more.")
    public record EvidenceDeletionPage(List<EvidenceDeletionView> items,
                                       @Schema(description = "Link to the next page; absent on the last page") String next) {
        static EvidenceDeletionPage of(Page<EvidenceDeletionView> page) {
            return new EvidenceDeletionPage(page.items(), page.next());
        }
    }

    @Schema(name = "FrameworkPage", description = "A page of self-evaluation frameworks; follow `next` for more.")
    public record FrameworkPage(List<FrameworkSummary> items,
                                @Schema(description = "Link to the next page; absent on the last page") String next) {
        static FrameworkPage of(Page<FrameworkSummary> page) {
            return new FrameworkPage(page.items(), page.next());
        }
    }

    @Schema(name = "SelfEvaluationPage", description = "A page of self-evaluations; follow `next` for more.")
    public record SelfEvaluationPage(List<SelfEvaluationSummary> items,
                                     @Schema(description = "Link to the next page; absent on the last page") String next) {
        static SelfEvaluationPage of(Page<SelfEvaluationSummary> page) {
            return new SelfEvaluationPage(page.items(), page.next());
        }
    }

    @Schema(name = "RatingChangePage", description = "A page of rating changes, oldest first; follow `next` for more.")
    public record RatingChangePage(List<RatingChangeView> items,
                                   @Schema(description = "Link to the next page; absent on the last page") String next) {
        static RatingChangePage of(Page<RatingChangeView> page) {
            return new RatingChangePage(page.items(), page.next());
        }
    }

    @Schema(name = "EventPage", description = "A page of the event feed. `next` is always given: poll it for new events.")
    public record EventPage(List<CloudEvent> items,
                            @Schema(description = "Where to read on from (after the last event, or the same place when nothing is new)") String next) {
        static EventPage of(Page<CloudEvent> page) {
            return new EventPage(page.items(), page.next());
        }
    }
}
