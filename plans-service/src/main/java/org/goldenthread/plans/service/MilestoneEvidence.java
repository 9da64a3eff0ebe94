package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Milestone;

import java.util.Optional;

/**
 * Where a milestone's evidence comes from when it is created or its measure changes: the latest
 * published figure (TRACKING) or finding (MONITORING) that matches its measure, up to its due term,
 * from plans-service's own copy of tracking.events and monitoring.events ({@link HeldEvidence}).
 */
public interface MilestoneEvidence {
    Optional<Observation> latestFor(Milestone milestone);
}
