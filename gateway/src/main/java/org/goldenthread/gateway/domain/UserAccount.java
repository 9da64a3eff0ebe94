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
 * A person who signs in with the built-in issuer (the embedded default and demos): a trust
 * leader, or a school leader, subject leader, teacher or governor of some of the trust's schools.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public String username;
    public String displayName;
    public String passwordHash;
    public boolean enabled;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_school", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "school_id")
    public Set<UUID> schoolIds = new HashSet<>();
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    @Version
    public long version;
}
