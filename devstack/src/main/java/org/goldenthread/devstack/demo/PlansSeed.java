package org.goldenthread.devstack.demo;

/** The demo trust's plans data: not seeded yet (the plans work adds it here). */
final class PlansSeed implements SeedStep {
    @Override
    public String name() {
        return "plans";
    }

    @Override
    public void seed(DemoContext context) {
        // nothing yet
    }
}
