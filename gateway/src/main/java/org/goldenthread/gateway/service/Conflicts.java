package org.goldenthread.gateway.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import org.goldenthread.platform.problem.ProblemException;

import java.util.function.Supplier;

/** Writes an entity now, so that a unique key taken by a concurrent request is a 409, not a 500. */
final class Conflicts {
    private Conflicts() {
    }

    static void flush(PanacheEntityBase entity, Supplier<ProblemException> conflict) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
