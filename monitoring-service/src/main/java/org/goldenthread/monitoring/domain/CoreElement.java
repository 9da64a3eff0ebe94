package org.goldenthread.monitoring.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One core element of a framework, e.g. "Tracking pupil progress at whole-school and classroom level". */
@Entity
public class CoreElement {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;
    public int number;
    public String title;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> questions = new ArrayList<>();
    @OneToMany(mappedBy = "coreElement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<QualityStandard> standards = new ArrayList<>();
}
