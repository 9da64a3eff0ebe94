package org.goldenthread.plans.messaging;

import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.events.PoisonEventException;
import org.goldenthread.plans.domain.TermOfYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks the fields plans-service reads from an incoming event against the published contract,
 * collecting every breach; an event that breaks it can never be applied, so it is dead-lettered
 * with the breaches as the reason (e.g. "results[3].cohort: must be a whole number ≥ 0").
 */
final class ContractCheck {
    private static final Pattern FOCUS_TAG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final CloudEvent event;
    private final List<String> breaches = new ArrayList<>();

    ContractCheck(CloudEvent event) {
        this.event = event;
    }

    ContractCheck require(boolean ok, String field, String message) {
        if (!ok) {
            breaches.add(field + ": " + message);
        }
        return this;
    }

    ContractCheck present(Object value, String field) {
        return require(value != null, field, "is required");
    }

    /** The data's trust and school must be the envelope's: they decide whose milestones the event can move. */
    ContractCheck tenant(UUID trustId, UUID schoolId) {
        present(trustId, "trustId");
        present(schoolId, "schoolId");
        if (trustId != null) {
            require(trustId.equals(event.trustid()), "trustId", "must equal the envelope's trustid " + event.trustid());
        }
        if (schoolId != null && event.schoolid() != null) {
            require(schoolId.equals(event.schoolid()), "schoolId", "must equal the envelope's schoolid " + event.schoolid());
        }
        return this;
    }

    ContractCheck academicYear(String value, String field) {
        return present(value, field).require(value == null || TermOfYear.isAcademicYear(value), field,
                "must be an academic year such as 2026-27");
    }

    ContractCheck atLeast(Integer value, int minimum, String field) {
        return present(value, field).require(value == null || value >= minimum, field, "must be ≥ " + minimum);
    }

    ContractCheck between(Integer value, int low, int high, String field) {
        return present(value, field).require(value == null || (value >= low && value <= high), field,
                "must be between " + low + " and " + high);
    }

    /** An optional figure: null, or within [low, high]; {@code whole} for published figures. */
    ContractCheck figure(BigDecimal value, int low, int high, boolean whole, String field) {
        if (value == null) {
            return this;
        }
        require(value.compareTo(BigDecimal.valueOf(low)) >= 0 && value.compareTo(BigDecimal.valueOf(high)) <= 0, field,
                "must be between " + low + " and " + high);
        return require(!whole || value.stripTrailingZeros().scale() <= 0, field, "must be a whole number");
    }

    ContractCheck focusTags(List<String> tags, String field) {
        present(tags, field);
        if (tags != null) {
            for (int i = 0; i < tags.size(); i++) {
                String tag = tags.get(i);
                require(tag != null && tag.length() <= 60 && FOCUS_TAG.matcher(tag).matches(), field + "[" + i + "]",
                        "must be a kebab-case focus tag such as developmental-marking");
            }
        }
        return this;
    }

    ContractCheck ids(List<UUID> ids, String field) {
        present(ids, field);
        if (ids != null) {
            require(ids.stream().noneMatch(Objects::isNull), field, "must not contain null");
        }
        return this;
    }

    /** Throws the dead-letter reason when anything broke the contract. */
    void done() {
        if (!breaches.isEmpty()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " breaks the contract: "
                    + String.join("; ", breaches));
        }
    }
}
