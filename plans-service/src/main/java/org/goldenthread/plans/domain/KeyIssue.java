package org.goldenthread.plans.domain;

/** A key issue from the previous inspection, with the school's own code for it (e.g. "KI2"). */
public record KeyIssue(String code, String text) {
}
