package org.goldenthread.devstack.demo;

/** The demo trust's tracking data: not seeded yet (the tracking work adds it here). */
final class TrackingSeed implements SeedStep {
    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public void seed(DemoContext context) {
        // nothing yet
    }
}
