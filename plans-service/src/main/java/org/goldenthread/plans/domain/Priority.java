package org.goldenthread.plans.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A numbered priority of a plan (1, 2, …): what must get better, why, and which parent priority it serves. */
@Entity
public class Priority extends Audited {
    public UUID planId;
    public int position;
    public String number;
    public String title;
    @Enumerated(EnumType.STRING)
    public PriorityArea area;
    public String customArea;
    /** The evidence from self-evaluation that makes this a priority. */
    public String rationale;
    /** For a layer-2 plan: the layer-1 priority (of the parent plan) this one supports. */
    public UUID parentPriorityId;
    @Convert(converter = Converters.Strings.class)
    public List<String> addressesKeyIssues = List.of();
    public String lead;

    public String areaLabel() {
        return area == PriorityArea.CUSTOM && customArea != null ? customArea : area.label();
    }

    @Override
    public String itemType() {
        return "PRIORITY";
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
        return state("number", number, "title", title, "area", area, "customArea", customArea, "rationale", rationale,
                "parentPriorityId", parentPriorityId, "addressesKeyIssues", addressesKeyIssues, "lead", lead);
    }
}
