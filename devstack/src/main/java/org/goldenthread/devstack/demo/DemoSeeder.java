package org.goldenthread.devstack.demo;

import java.lang.System.Logger.Level;

import java.util.List;

/**
 * Seeds the demo trust into a fresh system, one step per service, in this order: the gateway's
 * organisation registry and personas first, then plans (milestones with measures), then tracking
 * (pupils, assessments, published termly results that move milestones), then monitoring
 * (activities and findings linked to milestones, with evidence).
 */
public final class DemoSeeder {
    private static final System.Logger LOG = System.getLogger(DemoSeeder.class.getName());

    /** The steps, in order. Each service adds its own step here. */
    public static List<SeedStep> steps() {
        return List.of(
                new OrganisationSeed(),
                new PlansSeed(),
                new TrackingSeed(),
                new MonitoringSeed());
    }

    private DemoSeeder() {
    }

    public static void seed(DemoContext context) throws Exception {
        for (SeedStep step : steps()) {
            long started = System.nanoTime();
            LOG.log(Level.INFO, "seeding {0} for {1}", step.name(), context.trust().name());
            step.seed(context);
            LOG.log(Level.INFO, "seeded {0} in {1} ms", step.name(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
