package org.goldenthread.devstack.demo;

/** The demo trust's monitoring data: not seeded yet (the monitoring work adds it here). */
final class MonitoringSeed implements SeedStep {
    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public void seed(DemoContext context) {
        // nothing yet
    }
}
