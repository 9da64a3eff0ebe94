package org.goldenthread.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A machine caller of one trust: an MIS integration pushing pupils and assessments for its
 * schools, or trust analytics pulling events. It gets tokens with its id and a secret that is
 * stored only as a bcrypt hash.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_role", joinColumns = @JoinColumn(name = "api_client_id"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_school", joinColumns = @JoinColumn(name = "api_client_id"))
    @Column(name = "school_id")
    public Set<UUID> schoolIds = new HashSet<>();
    public String secretHash;
    public Instant secretRotatedAt;
    public Integer rateLimitPerSecond;
    public Integer rateLimitBurst;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public Instant revokedAt;
    public String revokedBy;
    @Version
    public long version;

    public boolean revoked() {
        return revokedAt != null;
    }
}
