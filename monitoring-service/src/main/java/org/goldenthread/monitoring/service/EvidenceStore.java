package org.goldenthread.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.goldenthread.monitoring.config.MonitoringConfig;
import org.goldenthread.monitoring.domain.EvidenceItem;
import org.goldenthread.monitoring.domain.EvidenceStorage;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps evidence content in the database (bytea, the default) or in a directory, in step with the
 * transaction: a file written for a transaction that rolls back is removed, and a deleted item's
 * file goes only once the deletion has committed. Nothing is left half-written.
 */
@ApplicationScoped
public class EvidenceStore {
    private static final Logger LOG = Logger.getLogger(EvidenceStore.class);

    @Inject
    MonitoringConfig config;
    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Where new content goes under the current settings. */
    public EvidenceStorage mode() {
        return config.evidence().directory().isPresent() ? EvidenceStorage.DIRECTORY : EvidenceStorage.DATABASE;
    }

    /** Stores the content of a new item (already persisted) from the uploaded temporary file. */
    public void put(EvidenceItem item, Path upload) {
        try {
            if (item.storage == EvidenceStorage.DATABASE) {
                em.flush();
                em.createNativeQuery("INSERT INTO evidence_content (evidence_id, content) VALUES (?1, ?2)")
                        .setParameter(1, item.id).setParameter(2, Files.readAllBytes(upload)).executeUpdate();
                return;
            }
            Path target = fileOf(item);
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            afterCompletion(committed -> {
                if (!committed) {
                    deleteQuietly(target);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence " + item.id, e);
        }
    }

    /** The content of an item. */
    public byte[] read(EvidenceItem item) {
        if (item.storage == EvidenceStorage.DATABASE) {
            List<?> rows = em.createNativeQuery("SELECT content FROM evidence_content WHERE evidence_id = ?1")
                    .setParameter(1, item.id).getResultList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("evidence " + item.id + " has no content in the database");
            }
            return (byte[]) rows.get(0);
        }
        try {
            return Files.readAllBytes(fileOf(item));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + item.id, e);
        }
    }

    /** Removes an item's content, for good once the transaction commits. */
    public void remove(EvidenceItem item) {
        if (item.storage == EvidenceStorage.DATABASE) {
            em.createNativeQuery("DELETE FROM evidence_content WHERE evidence_id = ?1").setParameter(1, item.id).executeUpdate();
            return;
        }
        Path file = fileOf(item);
        afterCompletion(committed -> {
            if (committed) {
                deleteQuietly(file);
            }
        });
    }

    Path fileOf(EvidenceItem item) {
        Path root = config.evidence().directory().orElseThrow(() -> new IllegalStateException(
                "evidence " + item.id + " is kept in a directory, but goldenthread.monitoring.evidence.directory is not set"));
        return fileOf(root, item.trustId, item.schoolId, item.id);
    }

    static Path fileOf(Path root, UUID trustId, UUID schoolId, UUID id) {
        return root.resolve(trustId.toString()).resolve(schoolId.toString()).resolve(id.toString());
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete evidence file %s: %s", file, e.getMessage());
        }
    }
}
