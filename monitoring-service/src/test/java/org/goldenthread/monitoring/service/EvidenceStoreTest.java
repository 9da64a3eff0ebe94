package org.goldenthread.monitoring.service;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.goldenthread.monitoring.config.MonitoringConfig;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.EvidenceStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence kept in a directory (GOLDENTHREAD_MONITORING_EVIDENCE_DIRECTORY) stays in step with the
 * transaction: a file written for a rolled-back upload is removed, and a deleted item's file goes
 * only when the deletion commits. (The database store is exercised by the service tests.)
 */
class EvidenceStoreTest {
    @TempDir
    Path directory;

    private final List<Synchronization> synchronizations = new ArrayList<>();

    private EvidenceStore store() {
        EvidenceStore store = new EvidenceStore();
        store.config = new MonitoringConfig() {
            @Override
            public Evidence evidence() {
                return new Evidence() {
                    @Override
                    public MemorySize maxSize() {
                        return new MemorySize(BigInteger.valueOf(1024));
                    }

                    @Override
                    public Optional<Path> directory() {
                        return Optional.of(directory);
                    }

                    @Override
                    public List<String> allowedContentTypes() {
                        return List.of("text/plain");
                    }
                };
            }
        };
        store.transactions = (TransactionSynchronizationRegistry) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registerInterposedSynchronization")) {
                        synchronizations.add((Synchronization) args[0]);
                    }
                    return null;
                });
        return store;
    }

    private EvidenceItem item() {
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.trustId = UUID.randomUUID();
        item.schoolId = UUID.randomUUID();
        item.storage = EvidenceStorage.DIRECTORY;
        return item;
    }

    private void finish(int status) {
        synchronizations.forEach(s -> s.afterCompletion(status));
        synchronizations.clear();
    }

    @Test
    void aCommittedUploadIsKeptUnderTrustAndSchoolAndReadsBack() throws Exception {
        EvidenceStore store = store();
        assertEquals(EvidenceStorage.DIRECTORY, store.mode());
        EvidenceItem item = item();
        Path upload = Files.writeString(directory.resolve("upload.tmp"), "Year 4 book sample", StandardCharsets.UTF_8);
        store.put(item, upload);
        finish(Status.STATUS_COMMITTED);
        Path file = directory.resolve(item.trustId.toString()).resolve(item.schoolId.toString()).resolve(item.id.toString());
        assertTrue(Files.exists(file));
        assertArrayEquals("Year 4 book sample".getBytes(StandardCharsets.UTF_8), store.read(item));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void aRolledBackUploadLeavesNoFile() throws Exception {
        EvidenceStore store = store();
        EvidenceItem item = item();
        store.put(item, Files.writeString(directory.resolve("upload.tmp"), "draft", StandardCharsets.UTF_8));
        finish(Status.STATUS_ROLLEDBACK);
        assertFalse(Files.exists(EvidenceStore.fileOf(directory, item.trustId, item.schoolId, item.id)));
    }

    @Test
    void aDeletedItemsFileGoesOnlyWhenTheDeletionCommits() throws Exception {
        EvidenceStore store = store();
        EvidenceItem item = item();
        store.put(item, Files.writeString(directory.resolve("upload.tmp"), "notes", StandardCharsets.UTF_8));
        finish(Status.STATUS_COMMITTED);
        Path file = EvidenceStore.fileOf(directory, item.trustId, item.schoolId, item.id);

        store.remove(item);
        finish(Status.STATUS_ROLLEDBACK);
        assertTrue(Files.exists(file), "a deletion that rolled back keeps the file");

        store.remove(item);
        assertTrue(Files.exists(file), "nothing goes before the commit");
        finish(Status.STATUS_COMMITTED);
        assertFalse(Files.exists(file));
    }
}
