package org.goldenthread.plans.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

import java.util.Map;
import java.util.UUID;

/**
 * What a priority aims to achieve, with its measurable outcome (the success criterion) and,
 * optionally, a measure. Numbered within the priority with a letter: 1a, 1b, …
 */
@Entity
public class Objective extends Audited {
    public UUID planId;
    public UUID priorityId;
    public int position;
    public String number;
    public String title;
    public String successCriterion;
    @Embedded
    public Measure measure = new Measure();

    @Override
    public String itemType() {
        return "OBJECTIVE";
    }

    @Override
    public String itemNumber() {
        return number;
    }

    @Override
    public String itemTitle() {
        return title;
    }

    @Override
    public UUID planId() {
        return planId;
    }

    @Override
    public Map<String, Object> historyState() {
        return state("number", number, "title", title, "successCriterion", successCriterion,
                "measure", measureState(measure));
    }
}
