package org.goldenthread.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A self-evaluation framework: core elements, each with quality standards rated 1–4. The 2010
 * primary toolkit is built in (no trust); a trust, or one of its schools, may add its own.
 */
@Entity
public class Framework extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Null for a built-in framework. */
    public UUID trustId;
    /** Set when the framework belongs to one school of the trust. */
    public UUID schoolId;
    public boolean builtIn;
    public String title;
    public String description;
    public String source;
    public String createdBy;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<CoreElement> coreElements = new ArrayList<>();
    @Version
    public long version;
}
