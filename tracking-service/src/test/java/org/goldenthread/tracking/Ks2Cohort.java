package org.goldenthread.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A Year 6 cohort, pupil by pupil, consistent with one school's published KS2 2018 counts and
 * percentages: eligible pupils (TELIG), disadvantaged or not (TFSM6CLA1A / TNotFSM6CLA1A), boys and
 * girls (BELIG / GELIG), and % at the expected standard in reading, writing and maths for all,
 * disadvantaged, not disadvantaged, boys and girls. Where a figure is SUPP or blank, any count that
 * would show that way is allowed. Among all consistent cohorts one is chosen at random (seeded).
 *
 * <p>The published percentages are matched under rounding half up, the DfE's rule; the test then
 * checks that the service, given these pupils, publishes exactly the DfE's strings.</p>
 */
final class Ks2Cohort {
    /** Pupils per cell of sex × disadvantaged, and how many of them reached the expected standard in RWM. */
    record Cell(boolean boy, boolean disadvantaged, int pupils, int atExpected) {
    }

    private Ks2Cohort() {
    }

    static List<Cell> solve(Map<String, String> school, Random random) {
        int total = Integer.parseInt(school.get("TELIG"));
        List<Integer> disCandidates = counts(school.get("TFSM6CLA1A"), school.get("PTRWM_EXP_FSM6CLA1A"), total);
        List<Integer> boyCandidates = counts(school.get("BELIG"), school.get("PTRWM_EXP_B"), total);
        Integer notDisGiven = number(school.get("TNotFSM6CLA1A"));
        Integer girlsGiven = number(school.get("GELIG"));
        List<int[]> found = new ArrayList<>();
        for (int dis : disCandidates) {
            int notDis = total - dis;
            if ((notDisGiven != null && notDisGiven != notDis) || !shows(school.get("PTRWM_EXP_NotFSM6CLA1A"), notDis, -1)) {
                continue;
            }
            for (int boys : boyCandidates) {
                int girls = total - boys;
                if ((girlsGiven != null && girlsGiven != girls) || !shows(school.get("PTRWM_EXP_G"), girls, -1)) {
                    continue;
                }
                for (int e = 0; e <= total; e++) {
                    if (!matches(school.get("PTRWM_EXP"), e, total)) {
                        continue;
                    }
                    for (int ed = Math.max(0, e - notDis); ed <= Math.min(dis, e); ed++) {
                        int en = e - ed;
                        if (!matches(school.get("PTRWM_EXP_FSM6CLA1A"), ed, dis) || !matches(school.get("PTRWM_EXP_NotFSM6CLA1A"), en, notDis)) {
                            continue;
                        }
                        for (int eb = Math.max(0, e - girls); eb <= Math.min(boys, e); eb++) {
                            int eg = e - eb;
                            if (!matches(school.get("PTRWM_EXP_B"), eb, boys) || !matches(school.get("PTRWM_EXP_G"), eg, girls)) {
                                continue;
                            }
                            for (int bd = Math.max(0, Math.max(dis - girls, boys - notDis)); bd <= Math.min(boys, dis); bd++) {
                                int bn = boys - bd;
                                int gd = dis - bd;
                                int gn = girls - gd;
                                for (int xbd = 0; xbd <= Math.min(bd, Math.min(eb, ed)); xbd++) {
                                    int xbn = eb - xbd;
                                    int xgd = ed - xbd;
                                    int xgn = en - xbn;
                                    if (xbn >= 0 && xbn <= bn && xgd >= 0 && xgd <= gd && xgn >= 0 && xgn <= gn) {
                                        found.add(new int[]{bd, bn, gd, gn, xbd, xbn, xgd, xgn});
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no cohort matches the published figures of URN " + school.get("URN"));
        }
        int[] c = found.get(random.nextInt(found.size()));
        return List.of(new Cell(true, true, c[0], c[4]), new Cell(true, false, c[1], c[5]),
                new Cell(false, true, c[2], c[6]), new Cell(false, false, c[3], c[7]));
    }

    /** Counts a group could have given its published count (a number, or SUPP/blank) and how its percentage shows. */
    private static List<Integer> counts(String count, String percent, int total) {
        Integer n = number(count);
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c <= total; c++) {
            if ((n == null || n == c) && shows(percent, c, -1)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a group of this size can show this published value at all (blank only when empty). */
    private static boolean shows(String published, int size, int ignored) {
        if (published == null || published.isEmpty()) {
            return size == 0;
        }
        return size > 0;
    }

    /** Whether {@code part} of {@code whole} publishes as the value (SUPP is checked by the service, not here). */
    static boolean matches(String published, int part, int whole) {
        if (published == null || published.isEmpty()) {
            return whole == 0;
        }
        if (whole == 0) {
            return false;
        }
        if (published.equals("SUPP")) {
            return true;
        }
        int shown = Integer.parseInt(published.replace("%", ""));
        return (200L * part + whole) / (2L * whole) == shown;
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
