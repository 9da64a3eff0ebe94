package org.goldenthread.tracking.service.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.goldenthread.tracking.config.TrackingConfig;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Background workers that run queued import jobs. Jobs live in the database, so any replica may
 * run any job and a job outlives the replica that accepted it: a job whose worker stops reporting
 * is re-queued. A submission on this replica wakes a worker at once; others poll.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportJobs jobs;
    @Inject
    ImportProcessor processor;
    @Inject
    TrackingConfig config;

    private final Semaphore wake = new Semaphore(0);
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    void start(@Observes StartupEvent ignored) {
        jobs.requeueStale();
        for (int i = 0; i < config.imports().workers(); i++) {
            Thread t = new Thread(this::loop, "import-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        stopping = true;
        threads.forEach(Thread::interrupt);
    }

    /** Tells a worker that a job was just queued. */
    public void wake() {
        wake.release();
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void housekeeping() {
        jobs.heartbeat(running);
        jobs.requeueStale();
    }

    private void loop() {
        while (!stopping) {
            try {
                ImportProcessor.Claimed job = jobs.claim();
                if (job == null) {
                    wake.tryAcquire(config.imports().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                    continue;
                }
                running.add(job.id());
                try {
                    processor.process(job);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "import %s failed unexpectedly", job.id());
                    jobs.fail(job.id(), "the import failed unexpectedly; nothing was applied", List.of());
                } finally {
                    running.remove(job.id());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("import worker failed; carrying on", e);
            }
        }
    }
}
