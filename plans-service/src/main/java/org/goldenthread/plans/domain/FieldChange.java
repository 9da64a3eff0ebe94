package org.goldenthread.plans.domain;

/** One field of a plan item before and after a change (null when it did not exist). */
public record FieldChange(String field, Object before, Object after) {
}
