package org.goldenthread.monitoring.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.goldenthread.monitoring.domain.EvidenceDeletion;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.EvidenceKind;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.rest.EvidenceUpdateRequest;
import org.goldenthread.platform.Ids;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Evidence items: upload (content kept by {@link EvidenceStore}), metadata changes, download and audited deletion. */
@ApplicationScoped
public class EvidenceService {
    @Inject
    Access access;
    @Inject
    EvidenceStore store;
    @Inject
    FindingService findings;

    /** A checked upload: the fields parsed, the file within the limit, its type allowed and its sha-256 known. */
    public record Upload(UUID schoolId, EvidenceKind kind, String title, String description, UUID activityId,
                         boolean confidential, String filename, String contentType, long size, String sha256, Path file) {
    }

    @Transactional
    public EvidenceItem upload(Upload u) {
        access.requireRecorder();
        access.requireSchool(u.schoolId());
        if (u.activityId() != null) {
            activityOfSchool(u.activityId(), u.schoolId());
        }
        EvidenceItem e = new EvidenceItem();
        e.id = Ids.newId();
        e.trustId = access.scope().trustId();
        e.schoolId = u.schoolId();
        e.activityId = u.activityId();
        e.kind = u.kind();
        e.title = u.title();
        e.description = u.description();
        e.filename = u.filename();
        e.contentType = u.contentType();
        e.sizeBytes = u.size();
        e.sha256 = u.sha256();
        e.storage = store.mode();
        e.confidential = u.confidential();
        e.uploadedBy = access.subject();
        e.uploadedAt = ActivityService.now();
        e.persist();
        store.put(e, u.file());
        return e;
    }

    @Transactional
    public EvidenceItem get(UUID id) {
        return EvidenceItem.<EvidenceItem>find("from EvidenceItem e where e.id = :id and " + access.scope().where("e") + " and "
                        + access.confidentialVisible("e", "uploadedBy"), access.params().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("evidence " + id));
    }

    /** The item and its content, for download. */
    @Transactional
    public Download download(UUID id) {
        EvidenceItem e = get(id);
        return new Download(e, store.read(e));
    }

    public record Download(EvidenceItem item, byte[] content) {
    }

    @Transactional
    public EvidenceItem update(UUID id, String ifMatch, EvidenceUpdateRequest r) {
        access.requireRecorder();
        EvidenceItem e = get(id);
        access.requireMayChange(e.schoolId, e.uploadedBy, "evidence");
        ETags.requireMatch(ifMatch, e.version);
        if (r.activityId() != null) {
            activityOfSchool(r.activityId(), e.schoolId);
        }
        e.kind = r.kind();
        e.title = Inputs.clean(r.title());
        e.description = Inputs.clean(r.description());
        e.activityId = r.activityId();
        if (r.confidential() != null) {
            e.confidential = r.confidential();
        }
        EvidenceItem.getEntityManager().flush();
        return e;
    }

    /**
     * Deletes the item and its content, leaving an audit record (who, when, sha-256, filename);
     * findings that cited it lose the link (published ones get finding-updated).
     */
    @Transactional
    public EvidenceDeletion delete(UUID id, String ifMatch, String reason) {
        access.requireRecorder();
        EvidenceItem e = get(id);
        access.requireMayChange(e.schoolId, e.uploadedBy, "evidence");
        ETags.requireMatch(ifMatch, e.version);
        EvidenceDeletion d = new EvidenceDeletion();
        d.id = Ids.newId();
        d.trustId = e.trustId;
        d.schoolId = e.schoolId;
        d.evidenceId = e.id;
        d.activityId = e.activityId;
        d.kind = e.kind;
        d.title = e.title;
        d.filename = e.filename;
        d.contentType = e.contentType;
        d.sizeBytes = e.sizeBytes;
        d.sha256 = e.sha256;
        d.confidential = e.confidential;
        d.uploadedBy = e.uploadedBy;
        d.uploadedAt = e.uploadedAt;
        d.deletedBy = access.subject();
        d.deletedAt = ActivityService.now();
        d.reason = Inputs.clean(reason);
        d.persist();
        findings.evidenceRemoved(e.id);
        store.remove(e);
        e.delete();
        return d;
    }

    @Transactional
    public List<EvidenceItem> list(UUID schoolId, UUID activityId, UUID findingId, EvidenceKind kind, PageRequest page) {
        StringBuilder q = new StringBuilder("from EvidenceItem e where ").append(access.scope().where("e")).append(" and ")
                .append(access.confidentialVisible("e", "uploadedBy"));
        Parameters p = access.params();
        if (schoolId != null) {
            access.requireSchool(schoolId);
            q.append(" and e.schoolId = :school");
            p.and("school", schoolId);
        }
        if (activityId != null) {
            q.append(" and e.activityId = :activity");
            p.and("activity", activityId);
        }
        if (findingId != null) {
            // Only through a finding the caller may see.
            findings.get(findingId);
            q.append(" and e.id in (select ev from Finding f join f.evidenceIds ev where f.id = :finding)");
            p.and("finding", findingId);
        }
        if (kind != null) {
            q.append(" and e.kind = :kind");
            p.and("kind", kind);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and e.id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by e.id");
        return EvidenceItem.<EvidenceItem>find(q.toString(), p).page(0, page.fetchSize()).list();
    }

    /** The audit trail of deleted evidence (school leaders and trust leaders). */
    @Transactional
    public List<EvidenceDeletion> deletions(UUID schoolId, PageRequest page) {
        access.requireLeader();
        StringBuilder q = new StringBuilder("from EvidenceDeletion d where ").append(access.scope().where("d")).append(" and ")
                .append(access.confidentialVisible("d", "uploadedBy"));
        Parameters p = access.params();
        if (schoolId != null) {
            access.requireSchool(schoolId);
            q.append(" and d.schoolId = :school");
            p.and("school", schoolId);
        }
        String after = page.position();
        if (after != null) {
            q.append(" and d.id > :after");
            p.and("after", ActivityService.cursorId(after));
        }
        q.append(" order by d.id");
        return EvidenceDeletion.<EvidenceDeletion>find(q.toString(), p).page(0, page.fetchSize()).list();
    }

    private void activityOfSchool(UUID activityId, UUID schoolId) {
        MonitoringActivity a = MonitoringActivity.<MonitoringActivity>find("id = :id and " + access.scope().where(),
                access.scope().params().and("id", activityId)).firstResult();
        if (a == null || !a.schoolId.equals(schoolId)) {
            throw ProblemException.invalidField("activityId", "is not a monitoring activity of this school");
        }
    }
}
