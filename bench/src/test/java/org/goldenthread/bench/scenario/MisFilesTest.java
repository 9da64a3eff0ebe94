package org.goldenthread.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MisFilesTest {

    private static final List<UUID> SCHOOLS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void assessmentFileHasARowPerPupilTermAndSubject() {
        List<MisFiles.Pupil> pupils = MisFiles.pupils(SCHOOLS, 40, new int[] {1, 2, 3, 4, 5, 6}, "2026-27", 1, 1);
        String csv = new String(MisFiles.assessmentsCsv(pupils, "2026-27", List.of("AUTUMN", "SPRING"),
                List.of("READING", "WRITING", "MATHS"), MisFiles.typical(7)), StandardCharsets.UTF_8);

        String[] lines = csv.split("\n");
        assertEquals(MisFiles.ASSESSMENTS_HEADER, lines[0]);
        assertEquals(3 * 40 * 2 * 3, lines.length - 1, "schools x pupils x terms x subjects");
        Set<String> keys = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(7, f.length, lines[i]);
            assertTrue(Set.of("PKS", "WTS", "EXS", "GDS").contains(f[6]), lines[i]);
            assertTrue(keys.add(f[1] + f[3] + f[4]), "one row per pupil, term and subject: " + lines[i]);
        }
    }

    @Test
    void pupilsAreUniqueWithValidUpnsAndAgesThatFitTheirYearGroup() {
        List<MisFiles.Pupil> pupils = MisFiles.pupils(SCHOOLS, 100, new int[] {1, 6}, "2026-27", 500, 3);

        assertEquals(300, pupils.size());
        assertEquals(300, pupils.stream().map(MisFiles.Pupil::upn).distinct().count());
        for (MisFiles.Pupil p : pupils) {
            assertEquals(Upns.checkLetter(p.upn().substring(1)), p.upn().charAt(0), p.upn());
            // Year 1 in 2026-27: born 1 Sep 2020 - 31 Aug 2021; Year 6: 1 Sep 2015 - 31 Aug 2016
            LocalDate from = LocalDate.of(2026 - 5 - p.yearGroup(), 9, 1);
            assertTrue(!p.dateOfBirth().isBefore(from) && p.dateOfBirth().isBefore(from.plusYears(1)), p.toString());
        }
        long disadvantaged = pupils.stream().filter(MisFiles.Pupil::disadvantaged).count();
        assertTrue(disadvantaged > 40 && disadvantaged < 110, "about a quarter: " + disadvantaged);
        String csv = new String(MisFiles.pupilsCsv(pupils), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(MisFiles.PUPILS_HEADER + "\n"));
        assertEquals(301, csv.split("\n").length);
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        List<MisFiles.Pupil> a = MisFiles.pupils(SCHOOLS, 10, new int[] {4}, "2026-27", 1, 42);
        List<MisFiles.Pupil> b = MisFiles.pupils(SCHOOLS, 10, new int[] {4}, "2026-27", 1, 42);
        assertEquals(a, b);
        assertEquals(new String(MisFiles.assessmentsCsv(a, "2026-27", List.of("SPRING"), List.of("WRITING"),
                MisFiles.typical(1)), StandardCharsets.UTF_8), new String(MisFiles.assessmentsCsv(b, "2026-27",
                List.of("SPRING"), List.of("WRITING"), MisFiles.typical(1)), StandardCharsets.UTF_8));
    }
}
