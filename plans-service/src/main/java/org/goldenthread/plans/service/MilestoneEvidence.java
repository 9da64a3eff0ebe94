package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.Milestone;

import java.util.Optional;

/**
 * Where a milestone's evidence comes from when it is created or its measure changes: the latest
 * published figure (TRACKING) or finding (MONITORING) that matches its measure, up to its due term.
 * plans-service keeps its own copy of published results and findings from tracking.events and
 * monitoring.events for this; until that copy holds anything that matches, there is no evidence.
 */
public interface MilestoneEvidence {
    Optional<Observation> latestFor(Milestone milestone);
}
