package org.goldenthread.plans.domain;

/** Where the plan's priorities come from: a self-evaluation, audit or review, and what it found. */
public record SelfEvaluationLink(String title, String reference, String summary) {
}
