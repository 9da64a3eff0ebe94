package org.goldenthread.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.Audited;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.domain.PlanChange;
import org.goldenthread.plans.domain.Priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps a plan's numbering consistent: priorities 1, 2, …; objectives 1a, 1b, … within their
 * priority; actions 1.1, 1.2, … within their priority; milestones 1.2.1, 1.2.2, … within their
 * action. After any addition, move or deletion the whole plan is renumbered in one pass (a plan
 * has tens of items, not thousands), and every number that changed is recorded in the history.
 */
@ApplicationScoped
public class Numbering {
    @Inject
    EntityManager em;
    @Inject
    PlanHistory history;

    /** The parts of one plan, loaded in four queries. */
    public record Parts(List<Priority> priorities, List<Objective> objectives, List<Action> actions,
                        List<Milestone> milestones) {
    }

    public Parts load(UUID planId) {
        return new Parts(
                em.createQuery("from Priority where planId = :p order by position, id", Priority.class).setParameter("p", planId).getResultList(),
                em.createQuery("from Objective where planId = :p order by position, id", Objective.class).setParameter("p", planId).getResultList(),
                em.createQuery("from Action where planId = :p order by position, id", Action.class).setParameter("p", planId).getResultList(),
                em.createQuery("from Milestone where planId = :p order by position, id", Milestone.class).setParameter("p", planId).getResultList());
    }

    /**
     * Moves {@code item} to {@code position} (1-based, clamped) among {@code siblings}, which must
     * already hold it at its new parent; positions become 1..n in the new order.
     */
    public <T extends Audited> void place(T item, List<T> siblings, int position, Function<T, Integer> get,
                                          java.util.function.ObjIntConsumer<T> set) {
        List<T> ordered = new ArrayList<>(siblings);
        ordered.removeIf(s -> s.id.equals(item.id));
        ordered.sort(Comparator.comparing(get).thenComparing(s -> s.id));
        int index = Math.max(0, Math.min(position - 1, ordered.size()));
        ordered.add(index, item);
        for (int i = 0; i < ordered.size(); i++) {
            set.accept(ordered.get(i), i + 1);
        }
    }

    /** Number and position a new item carries until {@link #renumber} gives it its place (last). */
    public static final String PROVISIONAL = "0";
    public static final int LAST = 1_000_000;

    /** Renumbers the whole plan from the items' current order; new items get their first number silently. */
    public void renumber(UUID planId, Actor actor) {
        Parts parts = load(planId);
        Map<UUID, String> priorityNumbers = new HashMap<>();
        int p = 0;
        for (Priority priority : sorted(parts.priorities(), x -> x.position)) {
            priority.position = ++p;
            priorityNumbers.put(priority.id, Integer.toString(p));
            assign(priority, Integer.toString(p), n -> priority.number = n, actor);
        }
        for (Map.Entry<UUID, List<Objective>> group : byParent(parts.objectives(), o -> o.priorityId).entrySet()) {
            int o = 0;
            for (Objective objective : sorted(group.getValue(), x -> x.position)) {
                objective.position = ++o;
                assign(objective, priorityNumbers.get(group.getKey()) + letter(o), n -> objective.number = n, actor);
            }
        }
        Map<UUID, String> actionNumbers = new HashMap<>();
        for (Map.Entry<UUID, List<Action>> group : byParent(parts.actions(), a -> a.priorityId).entrySet()) {
            int a = 0;
            for (Action action : sorted(group.getValue(), x -> x.position)) {
                action.position = ++a;
                String number = priorityNumbers.get(group.getKey()) + "." + a;
                actionNumbers.put(action.id, number);
                assign(action, number, n -> action.number = n, actor);
            }
        }
        Map<UUID, UUID> actionPriority = new HashMap<>();
        parts.actions().forEach(a -> actionPriority.put(a.id, a.priorityId));
        for (Map.Entry<UUID, List<Milestone>> group : byParent(parts.milestones(), m -> m.actionId).entrySet()) {
            int m = 0;
            for (Milestone milestone : sorted(group.getValue(), x -> x.position)) {
                milestone.position = ++m;
                milestone.priorityId = actionPriority.get(group.getKey());
                assign(milestone, actionNumbers.get(group.getKey()) + "." + m, n -> milestone.number = n, actor);
            }
        }
    }

    /** 1 → a, 26 → z, 27 → aa: objectives read "1a", "1b" so they never clash with actions "1.1". */
    static String letter(int position) {
        StringBuilder sb = new StringBuilder();
        int n = position;
        while (n > 0) {
            n--;
            sb.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    private void assign(Audited item, String number, java.util.function.Consumer<String> set, Actor actor) {
        String old = item.itemNumber();
        if (number.equals(old)) {
            return;
        }
        if (old == null || PROVISIONAL.equals(old)) {
            set.accept(number);
            return;
        }
        Map<String, Object> before = item.historyState();
        set.accept(number);
        history.updated(item, before, PlanChange.RENUMBERED, actor);
    }

    private static <T extends Audited> List<T> sorted(List<T> items, Function<T, Integer> position) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(position).thenComparing(x -> x.id));
        return copy;
    }

    private static <T> Map<UUID, List<T>> byParent(List<T> items, Function<T, UUID> parent) {
        Map<UUID, List<T>> map = new LinkedHashMap<>();
        for (T item : items) {
            map.computeIfAbsent(parent.apply(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }
}
