package org.goldenthread.monitoring.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.CoreElement;
import org.goldenthread.monitoring.domain.Framework;
import org.goldenthread.monitoring.domain.QualityStandard;
import org.goldenthread.monitoring.domain.SelfEvaluation;
import org.goldenthread.monitoring.rest.FrameworkRequest;
import org.goldenthread.monitoring.rest.FrameworkSummary;
import org.goldenthread.monitoring.rest.FrameworkView;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Self-evaluation frameworks: the built-in 2010 toolkit (reference data from a migration) and the
 * custom frameworks of a trust or one of its schools.
 */
@ApplicationScoped
public class FrameworkService {
    /** The built-in primary self-evaluation and improvement toolkit (DCSF, 2010). */
    public static final UUID TOOLKIT_2010 = UUID.fromString("d0c5f010-2010-4000-8000-000000000001");

    @Inject
    Access access;

    /** JPQL: built-in frameworks, and the caller's trust's own (trust-wide, or of a school they can see). */
    String visible(String alias) {
        return "(" + alias + ".builtIn = true or (" + alias + ".trustId = :tenantTrustId and (" + alias + ".schoolId is null or "
                + ":tenantTrustWide = true or " + alias + ".schoolId in :tenantSchoolIds)))";
    }

    @Transactional
    public List<FrameworkSummary> list(UUID schoolId, PageRequest page) {
        StringBuilder q = new StringBuilder("from Framework f where ").append(visible("f"));
        Parameters p = access.scope().params();
        if (schoolId != null) {
            access.requireSchool(schoolId);
            q.append(" and (f.schoolId is null or f.schoolId = :school)");
            p.and("school", schoolId);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and f.id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by f.id");
        return Framework.<Framework>find(q.toString(), p).page(0, page.fetchSize()).list().stream()
                .map(FrameworkSummary::of).toList();
    }

    @Transactional
    public FrameworkView view(UUID id) {
        return FrameworkView.of(get(id));
    }

    Framework get(UUID id) {
        return Framework.<Framework>find("from Framework f where f.id = :id and " + visible("f"),
                        access.scope().params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("framework " + id));
    }

    /** A framework the school may use: built in, the trust's, or the school's own. */
    @Transactional
    public Framework usableBy(UUID frameworkId, UUID schoolId) {
        Framework f = Framework.<Framework>find("from Framework f where f.id = :id and " + visible("f"),
                access.scope().params().and("id", frameworkId)).firstResult();
        if (f == null || (f.schoolId != null && !f.schoolId.equals(schoolId))) {
            throw ProblemException.invalidField("frameworkId", "is not a framework this school can use");
        }
        return f;
    }

    @Transactional
    public FrameworkView create(FrameworkRequest r) {
        requireMayOwn(r.schoolId());
        Framework f = new Framework();
        f.id = Ids.newId();
        f.trustId = access.scope().trustId();
        f.schoolId = r.schoolId();
        f.builtIn = false;
        f.title = Inputs.clean(r.title());
        f.description = Inputs.clean(r.description());
        f.createdBy = access.subject();
        f.createdAt = ActivityService.now();
        f.updatedAt = f.createdAt;
        f.coreElements = elements(f, r);
        f.persist();
        return FrameworkView.of(f);
    }

    @Transactional
    public FrameworkView update(UUID id, String ifMatch, FrameworkRequest r) {
        Framework f = get(id);
        if (f.builtIn) {
            throw ProblemException.forbidden("the built-in toolkit is reference data and cannot be changed; create your own framework");
        }
        requireMayOwn(f.schoolId);
        ETags.requireMatch(ifMatch, f.version);
        if (!Objects.equals(f.schoolId, r.schoolId())) {
            throw ProblemException.invalidField("schoolId", "cannot change");
        }
        f.title = Inputs.clean(r.title());
        f.description = Inputs.clean(r.description());
        f.updatedAt = ActivityService.now();
        if (!sameStructure(f, r)) {
            long used = SelfEvaluation.count("framework.id", f.id);
            if (used > 0) {
                throw ProblemException.conflict("the framework is used by " + used + " self-evaluation(s): only its title and "
                        + "description can change; create a new framework for new standards");
            }
            f.coreElements.clear();
            Panache.getEntityManager().flush();
            f.coreElements.addAll(elements(f, r));
        }
        Panache.getEntityManager().flush();
        return FrameworkView.of(f);
    }

    private void requireMayOwn(UUID schoolId) {
        access.requireLeader();
        if (schoolId == null) {
            access.tenant().requireRole(Roles.TRUST_LEADER);
            return;
        }
        access.requireSchool(schoolId);
        if (!access.tenant().hasAnyRole(Roles.TRUST_LEADER) && !access.leadsSchool(schoolId)) {
            throw ProblemException.forbidden("only the school's leaders or a trust leader may manage its frameworks");
        }
    }

    private static boolean sameStructure(Framework f, FrameworkRequest r) {
        if (f.coreElements.size() != r.coreElements().size()) {
            return false;
        }
        for (int i = 0; i < r.coreElements().size(); i++) {
            CoreElement e = f.coreElements.get(i);
            FrameworkRequest.CoreElementRequest er = r.coreElements().get(i);
            if (!e.title.equals(Inputs.clean(er.title())) || !e.questions.equals(questions(er))
                    || e.standards.size() != er.standards().size()) {
                return false;
            }
            for (int j = 0; j < er.standards().size(); j++) {
                QualityStandard s = e.standards.get(j);
                FrameworkRequest.StandardRequest sr = er.standards().get(j);
                if (!s.title.equals(Inputs.clean(sr.title())) || !Objects.equals(s.description, Inputs.clean(sr.description()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<CoreElement> elements(Framework f, FrameworkRequest r) {
        List<CoreElement> elements = new ArrayList<>();
        int number = 1;
        for (FrameworkRequest.CoreElementRequest er : r.coreElements()) {
            CoreElement e = new CoreElement();
            e.id = Ids.newId();
            e.framework = f;
            e.number = number++;
            e.title = Inputs.clean(er.title());
            e.questions = questions(er);
            int position = 1;
            for (FrameworkRequest.StandardRequest sr : er.standards()) {
                QualityStandard s = new QualityStandard();
                s.id = Ids.newId();
                s.coreElement = e;
                s.position = position;
                s.code = String.valueOf((char) ('A' + position - 1));
                s.title = Inputs.clean(sr.title());
                s.description = Inputs.clean(sr.description());
                e.standards.add(s);
                position++;
            }
            elements.add(e);
        }
        return elements;
    }

    private static List<String> questions(FrameworkRequest.CoreElementRequest er) {
        return er.questions() == null ? new ArrayList<>() : er.questions().stream().map(Inputs::clean)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
