package org.goldenthread.gateway.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.goldenthread.gateway.domain.Trust;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.TrustViews.TrustRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Trusts: the platform administrator registers them; a trust's own people read it, its leaders update it. */
@ApplicationScoped
public class TrustService {

    @Transactional
    public Trust create(Caller caller, TrustRequest request) {
        if (!caller.platformAdmin()) {
            throw ProblemException.forbidden("only the platform administrator registers trusts");
        }
        Trust trust = new Trust();
        trust.id = Ids.newId();
        trust.name = request.name().trim();
        trust.companiesHouseNumber = blankToNull(request.companiesHouseNumber());
        trust.createdAt = Instant.now();
        trust.createdBy = caller.subject();
        trust.updatedAt = trust.createdAt;
        trust.persistAndFlush();
        return trust;
    }

    /** The trusts the caller may see: all of them for the platform administrator, otherwise their own. */
    @Transactional
    public List<Trust> list(Caller caller, PageRequest page) {
        UUID after = Paging.after(page);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.platformAdmin()) {
            where.append(" and id = :tenantTrust");
            params.and("tenantTrust", caller.trustId());
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", after);
        }
        return Trust.<Trust>find(where + " order by id", params).range(0, page.fetchSize() - 1).list();
    }

    /** The trust, when the caller may see it; 404 otherwise (another trust looks like no trust). */
    @Transactional
    public Trust get(Caller caller, UUID id) {
        Trust trust = Trust.findById(id);
        if (trust == null || !caller.canSeeTrust(trust.id)) {
            throw ProblemException.notFound("trust " + id);
        }
        return trust;
    }

    @Transactional
    public Trust update(Caller caller, UUID id, String ifMatch, TrustRequest request) {
        Trust trust = get(caller, id);
        if (!caller.canManageTrust(trust.id)) {
            throw ProblemException.forbidden("only the trust's leaders change its details");
        }
        ETags.requireMatch(ifMatch, trust.version);
        trust.name = request.name().trim();
        trust.companiesHouseNumber = blankToNull(request.companiesHouseNumber());
        trust.updatedAt = Instant.now();
        trust.persistAndFlush();
        return trust;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
