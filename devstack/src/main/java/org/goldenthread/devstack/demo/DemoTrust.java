package org.goldenthread.devstack.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo multi-academy trust: a real trust from the GIAS extract with its open schools' real
 * URNs and names, joined to their KS2 2018 figures where the performance tables have them.
 */
public final class DemoTrust {
    public static final String DEFAULT_TRUST = "GLF SCHOOLS";

    private final String name;
    private final List<DemoSchool> schools;
    private String id;

    private DemoTrust(String name, List<DemoSchool> schools) {
        this.name = name;
        this.schools = schools;
    }

    /** Loads the trust named in GIAS's "Trusts (name)" column from {@code shared/data/dfe}. */
    public static DemoTrust load(Path dfeDirectory, String trustName) throws IOException {
        Map<String, Map<String, String>> ks2 = new HashMap<>();
        for (Map<String, String> row : Csv.read(dfeDirectory.resolve("ks2-2018-hampshire.csv"))) {
            if ("1".equals(row.get("RECTYPE")) && !row.getOrDefault("PTRWM_EXP", "").isBlank()) {
                ks2.put(row.get("URN"), row);
            }
        }
        List<DemoSchool> schools = Csv.read(dfeDirectory.resolve("gias-2022-hampshire-surrey.csv")).stream()
                .filter(r -> trustName.equalsIgnoreCase(r.get("Trusts (name)")))
                .filter(r -> r.get("EstablishmentStatus (name)").startsWith("Open"))
                .map(r -> new DemoSchool(r.get("URN"), r.get("EstablishmentName"), r.get("PhaseOfEducation (name)"),
                        r.get("LA (name)"), intOf(r.get("NumberOfPupils")), doubleOf(r.get("PercentageFSM")),
                        intOf(r.get("StatutoryLowAge")), intOf(r.get("StatutoryHighAge")), ks2.get(r.get("URN"))))
                .sorted(Comparator.comparing(DemoSchool::name))
                .toList();
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("no open schools of trust '" + trustName + "' in the GIAS extract");
        }
        return new DemoTrust(titleCase(trustName), schools);
    }

    public String name() {
        return name;
    }

    public List<DemoSchool> schools() {
        return schools;
    }

    public DemoSchool school(String urn) {
        return schools.stream().filter(s -> s.urn().equals(urn)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo school with URN " + urn));
    }

    /** The gateway's id for the trust, once registered. */
    public String id() {
        if (id == null) {
            throw new IllegalStateException("the trust is not registered yet");
        }
        return id;
    }

    public void id(String id) {
        this.id = id;
    }

    private static int intOf(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double doubleOf(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String word : upper.toLowerCase().split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            // acronyms such as "GLF" have no vowels; everything else is a word
            sb.append(word.matches("[^aeiouy]{2,4}") ? word.toUpperCase() : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }
}
