package org.goldenthread.monitoring.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.UUID;

/** A quality standard of a core element, lettered A, B, C …, with its exemplification. */
@Entity
public class QualityStandard {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "core_element_id")
    public CoreElement coreElement;
    public String code;
    public int position;
    public String title;
    public String description;
}
