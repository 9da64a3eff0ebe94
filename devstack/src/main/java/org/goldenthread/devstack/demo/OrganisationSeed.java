package org.goldenthread.devstack.demo;

/** The demo trust's organisation data: not seeded yet (the organisation work adds it here). */
final class OrganisationSeed implements SeedStep {
    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void seed(DemoContext context) {
        // nothing yet
    }
}
