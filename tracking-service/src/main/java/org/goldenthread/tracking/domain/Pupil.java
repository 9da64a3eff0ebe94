package org.goldenthread.tracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A pupil on (or once on) a school's roll, identified within the school by UPN. */
@Entity
public class Pupil extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID trustId;
    public UUID schoolId;
    public String upn;
    /** Pseudonymous id for events: never the UPN, not reversible without the trust's key. */
    public String pseudonym;
    public String firstName;
    public String lastName;
    public LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public int yearGroup;
    public String className;
    /** Ever-6 FSM, or looked after / previously looked after (the DfE's disadvantaged measure). */
    public boolean disadvantaged;
    public boolean freeSchoolMeals;
    @Enumerated(EnumType.STRING)
    public SenStatus senStatus;
    public boolean eal;
    public String ethnicityCode;
    @Enumerated(EnumType.STRING)
    public PriorAttainment priorAttainment;
    public LocalDate joinedOn;
    /** Set when the pupil leaves; the record and its assessments stay. */
    public LocalDate leftOn;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public boolean onRoll(LocalDate today) {
        return leftOn == null || leftOn.isAfter(today);
    }
}
