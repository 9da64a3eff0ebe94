package org.goldenthread.monitoring.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.AcademicYear;
import org.goldenthread.monitoring.domain.CoreElement;
import org.goldenthread.monitoring.domain.Framework;
import org.goldenthread.monitoring.domain.Judgement;
import org.goldenthread.monitoring.domain.QualityStandard;
import org.goldenthread.monitoring.domain.RatingChange;
import org.goldenthread.monitoring.domain.SelfEvaluation;
import org.goldenthread.monitoring.domain.StandardRating;
import org.goldenthread.monitoring.rest.FrameworkView;
import org.goldenthread.monitoring.rest.RatingChangeView;
import org.goldenthread.monitoring.rest.RatingRequest;
import org.goldenthread.monitoring.rest.RatingView;
import org.goldenthread.monitoring.rest.SelfEvaluationRequest;
import org.goldenthread.monitoring.rest.SelfEvaluationSummary;
import org.goldenthread.monitoring.rest.SelfEvaluationView;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A school's self-evaluation per academic year against a framework: a 1–4 rating per quality
 * standard with evidence and action notes, every change kept, and a summary per core element.
 */
@ApplicationScoped
public class SelfEvaluationService {
    @Inject
    Access access;
    @Inject
    FrameworkService frameworks;

    @Transactional
    public SelfEvaluationView start(SelfEvaluationRequest r) {
        access.requireLeader();
        access.requireSchool(r.schoolId());
        AcademicYear year = Inputs.requiredAcademicYear("academicYear", r.academicYear());
        Framework framework = frameworks.usableBy(r.frameworkId(), r.schoolId());
        if (SelfEvaluation.count("trustId = ?1 and schoolId = ?2 and academicYear = ?3 and framework.id = ?4",
                access.scope().trustId(), r.schoolId(), year.toString(), framework.id) > 0) {
            throw ProblemException.conflict("the school already has a self-evaluation for " + year + " against this framework");
        }
        SelfEvaluation s = new SelfEvaluation();
        s.id = Ids.newId();
        s.trustId = access.scope().trustId();
        s.schoolId = r.schoolId();
        s.framework = framework;
        s.academicYear = year.toString();
        s.createdBy = access.subject();
        s.createdAt = ActivityService.now();
        s.persist();
        for (CoreElement e : framework.coreElements) {
            for (QualityStandard standard : e.standards) {
                StandardRating rating = new StandardRating();
                rating.id = Ids.newId();
                rating.selfEvaluation = s;
                rating.standard = standard;
                rating.trustId = s.trustId;
                rating.schoolId = s.schoolId;
                rating.persist();
            }
        }
        Panache.getEntityManager().flush();
        return view(s);
    }

    @Transactional
    public SelfEvaluationView view(UUID id) {
        return view(get(id));
    }

    SelfEvaluation get(UUID id) {
        return SelfEvaluation.<SelfEvaluation>find("id = :id and " + access.scope().where(), access.scope().params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("self-evaluation " + id));
    }

    @Transactional
    public List<SelfEvaluationSummary> list(UUID schoolId, AcademicYear year, UUID frameworkId, PageRequest page) {
        StringBuilder q = new StringBuilder("from SelfEvaluation s where ").append(access.scope().where("s"));
        Parameters p = access.scope().params();
        if (schoolId != null) {
            access.requireSchool(schoolId);
            q.append(" and s.schoolId = :school");
            p.and("school", schoolId);
        }
        if (year != null) {
            q.append(" and s.academicYear = :year");
            p.and("year", year.toString());
        }
        if (frameworkId != null) {
            q.append(" and s.framework.id = :framework");
            p.and("framework", frameworkId);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and s.id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by s.id");
        return SelfEvaluation.<SelfEvaluation>find(q.toString(), p).page(0, page.fetchSize()).list().stream()
                .map(this::summaryView).toList();
    }

    @Transactional
    public RatingView ratingView(UUID selfEvaluationId, UUID standardId) {
        return RatingView.of(rating(selfEvaluationId, standardId));
    }

    StandardRating rating(UUID selfEvaluationId, UUID standardId) {
        SelfEvaluation s = get(selfEvaluationId);
        return StandardRating.<StandardRating>find("selfEvaluation.id = ?1 and standard.id = ?2", s.id, standardId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("standard " + standardId + " in this self-evaluation"));
    }

    /** Rates a standard (or changes its notes); a change is kept in the history, a repeat changes nothing. */
    @Transactional
    public RatingView rate(UUID selfEvaluationId, UUID standardId, String ifMatch, RatingRequest r) {
        access.requireLeader();
        StandardRating rating = rating(selfEvaluationId, standardId);
        ETags.requireMatch(ifMatch, rating.version);
        String evidence = Inputs.clean(r.evidenceNotes());
        String actions = Inputs.clean(r.actionNotes());
        if (Objects.equals(rating.rating, r.rating()) && Objects.equals(rating.evidenceNotes, evidence)
                && Objects.equals(rating.actionNotes, actions)) {
            return RatingView.of(rating);
        }
        RatingChange change = new RatingChange();
        change.id = Ids.newId();
        change.ratingId = rating.id;
        change.selfEvaluationId = rating.selfEvaluation.id;
        change.standardId = standardId;
        change.trustId = rating.trustId;
        change.schoolId = rating.schoolId;
        change.previousRating = rating.rating;
        change.rating = r.rating();
        change.evidenceNotes = evidence;
        change.actionNotes = actions;
        change.changedBy = access.subject();
        change.changedAt = ActivityService.now();
        change.persist();
        rating.rating = r.rating();
        rating.evidenceNotes = evidence;
        rating.actionNotes = actions;
        rating.updatedBy = change.changedBy;
        rating.updatedAt = change.changedAt;
        Panache.getEntityManager().flush();
        return RatingView.of(rating);
    }

    /** Every change to the self-evaluation's ratings (or one standard's), oldest first. */
    @Transactional
    public List<RatingChangeView> history(UUID selfEvaluationId, UUID standardId, PageRequest page) {
        SelfEvaluation s = get(selfEvaluationId);
        StringBuilder q = new StringBuilder("selfEvaluationId = :evaluation");
        Parameters p = Parameters.with("evaluation", s.id);
        if (standardId != null) {
            q.append(" and standardId = :standard");
            p.and("standard", standardId);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by id");
        Map<UUID, String> references = new HashMap<>();
        for (CoreElement e : s.framework.coreElements) {
            for (QualityStandard standard : e.standards) {
                references.put(standard.id, e.number + standard.code);
            }
        }
        return RatingChange.<RatingChange>find(q.toString(), p).page(0, page.fetchSize()).list().stream()
                .map(c -> RatingChangeView.of(c, references.get(c.standardId))).toList();
    }

    SelfEvaluationView view(SelfEvaluation s) {
        Map<UUID, StandardRating> byStandard = ratingsOf(s);
        List<SelfEvaluationView.CoreElementRatings> elements = new ArrayList<>();
        List<StandardRating> all = new ArrayList<>();
        for (CoreElement e : s.framework.coreElements) {
            List<StandardRating> ratings = e.standards.stream().map(st -> byStandard.get(st.id)).filter(Objects::nonNull).toList();
            all.addAll(ratings);
            elements.add(new SelfEvaluationView.CoreElementRatings(e.id, e.number, e.title, summary(ratings),
                    ratings.stream().map(RatingView::of).toList()));
        }
        return new SelfEvaluationView(s.id, s.schoolId, s.academicYear, s.framework.id, s.framework.title,
                FrameworkView.ScaleLevel.all(), summary(all), elements, s.createdBy, s.createdAt, s.version);
    }

    SelfEvaluationSummary summaryView(SelfEvaluation s) {
        return new SelfEvaluationSummary(s.id, s.schoolId, s.academicYear, s.framework.id, s.framework.title,
                summary(new ArrayList<>(ratingsOf(s).values())), s.createdBy, s.createdAt);
    }

    private static Map<UUID, StandardRating> ratingsOf(SelfEvaluation s) {
        Map<UUID, StandardRating> byStandard = new HashMap<>();
        for (StandardRating r : StandardRating.<StandardRating>list("selfEvaluation.id", s.id)) {
            byStandard.put(r.standard.id, r);
        }
        return byStandard;
    }

    static SelfEvaluationView.RatingSummary summary(List<StandardRating> ratings) {
        int[] counts = new int[5];
        int rated = 0;
        int total = 0;
        for (StandardRating r : ratings) {
            if (r.rating != null) {
                counts[r.rating]++;
                rated++;
                total += r.rating;
            }
        }
        Double average = rated == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP).doubleValue();
        List<SelfEvaluationView.ScaleCount> distribution = Arrays.stream(Judgement.values())
                .map(j -> new SelfEvaluationView.ScaleCount(j.value(), j.meaning(), counts[j.value()])).toList();
        return new SelfEvaluationView.RatingSummary(ratings.size(), rated, average, counts[3] + counts[4], distribution);
    }
}
