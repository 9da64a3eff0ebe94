package org.goldenthread.plans.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.goldenthread.plans.domain.Milestone;

import java.util.Optional;

/**
 * The evidence source while plans-service holds no copy of tracking results or monitoring
 * findings (they arrive with the golden-thread consumers): every evaluated milestone starts NOT_DUE.
 * A bean implementing {@link MilestoneEvidence} replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class NoEvidenceYet implements MilestoneEvidence {
    @Override
    public Optional<Observation> latestFor(Milestone milestone) {
        return Optional.empty();
    }
}
