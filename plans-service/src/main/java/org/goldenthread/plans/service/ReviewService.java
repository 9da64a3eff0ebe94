package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.domain.Review;
import org.goldenthread.plans.domain.ReviewRating;
import org.goldenthread.plans.rest.ReviewRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The plan–do–review entries of a plan, each with a RAG per priority and per action reviewed. */
@ApplicationScoped
public class ReviewService {
    @Inject
    PlanAccess access;
    @Inject
    PlanHistory history;
    @Inject
    EntityManager em;

    @Transactional
    public Review create(UUID planId, ReviewRequest r) {
        Plan plan = access.editablePlan(planId);
        Review review = new Review();
        review.id = Ids.newId();
        review.trustId = plan.trustId;
        review.schoolId = plan.schoolId;
        review.planId = plan.id;
        apply(plan, review, r);
        Actor actor = access.actor();
        PlanService.stamp(review, actor, true);
        review.persist();
        history.created(review, actor);
        em.flush();
        return review;
    }

    @Transactional
    public Review update(UUID id, String ifMatch, ReviewRequest r) {
        Review review = access.visible(Review.class, id, "review");
        Plan plan = access.editablePlan(review.planId);
        ETags.requireMatch(ifMatch, review.version);
        Map<String, Object> before = review.historyState();
        apply(plan, review, r);
        Actor actor = access.actor();
        PlanService.stamp(review, actor, false);
        history.updated(review, before, actor);
        em.flush();
        return review;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Review review = access.visible(Review.class, id, "review");
        access.editablePlan(review.planId);
        ETags.requireMatch(ifMatch, review.version);
        history.deleted(review, access.actor());
        review.delete();
        em.flush();
    }

    @Transactional
    public Review get(UUID id) {
        return access.visible(Review.class, id, "review");
    }

    /** Reviews of a plan, oldest first (the order of the plan–do–review cycle). */
    @Transactional
    public List<Review> list(UUID planId, PageRequest page) {
        Plan plan = access.visiblePlan(planId);
        UUID after = Cursors.uuid(page);
        var query = em.createQuery("from Review where planId = :p" + (after == null ? "" : " and id > :after")
                + " order by id", Review.class).setParameter("p", plan.id).setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    private void apply(Plan plan, Review review, ReviewRequest r) {
        Validation v = new Validation();
        List<ReviewRequest.RatingBody> ratings = r.ratings() == null ? List.of() : r.ratings();
        Set<UUID> priorityIds = new HashSet<>();
        Set<UUID> actionIds = new HashSet<>();
        for (ReviewRequest.RatingBody rating : ratings) {
            if (rating.priorityId() != null) {
                priorityIds.add(rating.priorityId());
            }
            if (rating.actionId() != null) {
                actionIds.add(rating.actionId());
            }
        }
        Map<UUID, Priority> priorities = new java.util.HashMap<>();
        if (!priorityIds.isEmpty()) {
            em.createQuery("from Priority where planId = :p and id in :ids", Priority.class)
                    .setParameter("p", plan.id).setParameter("ids", priorityIds).getResultList().forEach(p -> priorities.put(p.id, p));
        }
        Map<UUID, Action> actions = new java.util.HashMap<>();
        if (!actionIds.isEmpty()) {
            em.createQuery("from Action where planId = :p and id in :ids", Action.class)
                    .setParameter("p", plan.id).setParameter("ids", actionIds).getResultList().forEach(a -> actions.put(a.id, a));
        }
        List<ReviewRating> result = new ArrayList<>();
        Set<UUID> rated = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            ReviewRequest.RatingBody rating = ratings.get(i);
            String field = "ratings[" + i + "]";
            if ((rating.priorityId() == null) == (rating.actionId() == null)) {
                v.error(field, "give exactly one of priorityId and actionId");
                continue;
            }
            UUID id = rating.priorityId() != null ? rating.priorityId() : rating.actionId();
            if (!rated.add(id)) {
                v.error(field, "rates the same item twice");
                continue;
            }
            if (rating.priorityId() != null) {
                Priority p = priorities.get(rating.priorityId());
                if (p == null) {
                    v.error(field + ".priorityId", "is not a priority of this plan");
                    continue;
                }
                result.add(new ReviewRating(ReviewRating.PRIORITY, p.id, p.number, p.title, rating.rag(), Validation.trimmed(rating.commentary())));
            } else {
                Action a = actions.get(rating.actionId());
                if (a == null) {
                    v.error(field + ".actionId", "is not an action of this plan");
                    continue;
                }
                result.add(new ReviewRating(ReviewRating.ACTION, a.id, a.number, a.title, rating.rag(), Validation.trimmed(rating.commentary())));
            }
        }
        v.throwIfAny();
        review.reviewedOn = r.reviewedOn();
        review.term = r.term();
        review.title = r.title().strip();
        review.progress = Validation.trimmed(r.progress());
        review.evaluation = Validation.trimmed(r.evaluation());
        review.impact = Validation.trimmed(r.impact());
        review.nextSteps = Validation.trimmed(r.nextSteps());
        review.overallRag = r.overallRag();
        review.ratings = result;
    }
}
