package org.goldenthread.plans.domain;

import java.util.UUID;

/**
 * A review's RAG for one priority or one action, with the commentary behind it. The number and
 * title are kept as they were at the review, so a review reads the same after the plan changes.
 */
public record ReviewRating(String itemType, UUID itemId, String number, String title, Rag rag, String commentary) {
    public static final String PRIORITY = "PRIORITY";
    public static final String ACTION = "ACTION";
}
