package org.goldenthread.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The demo trust's monitoring, entered through the monitoring API as subject leaders and
 * headteachers would: for every school a 2026-27 calendar whose autumn activities are completed
 * (work scrutiny, lesson observation, pupil conferencing, a reading learning walk, a pupil progress
 * meeting) with findings on the toolkit's 1-4 scale, a confidential lesson-observation finding, and
 * small evidence files (a drawn work-sample PNG, pupil-voice notes); spring and summer activities
 * planned as the follow-ups. Findings and activities are linked to the MONITORING milestones the
 * plans seed leaves in {@code plans.monitoringMilestones} (if there are none, the same calendar is
 * seeded unlinked). Each school also rates itself against the built-in 2010 toolkit's core
 * elements 2 and 6. Deterministic: one seeded Random per school URN.
 */
final class MonitoringSeed implements SeedStep {
    static final String YEAR = "2026-27";
    static final String TOOLKIT = "d0c5f010-2010-4000-8000-000000000001";
    private static final String ACTIVITIES = "/api/v1/monitoring-activities";

    /** A monitored focus: what to look at, how, and (when plans has one) the milestone it is evidence for. */
    private record Focus(String activityType, String focusTag, String subject, String milestoneId, int threshold) {
    }

    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public void seed(DemoContext context) {
        Map<String, List<Focus>> milestones = milestonesBySchool(context.shared().get(PlansSeed.MONITORING_MILESTONES));
        for (DemoSchool school : context.trust().schools()) {
            new SchoolCalendar(context, school, new Random(Long.parseLong(school.urn())),
                    milestones.getOrDefault(school.urn(), List.of())).seed();
        }
    }

    /** The plans seed's MONITORING milestones per school URN; read defensively (absent or odd entries are skipped). */
    static Map<String, List<Focus>> milestonesBySchool(Object shared) {
        Map<String, List<Focus>> bySchool = new LinkedHashMap<>();
        if (!(shared instanceof List<?> entries)) {
            return bySchool;
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> m) || m.get("urn") == null || m.get("milestoneId") == null
                    || m.get("activityType") == null || m.get("focusTag") == null) {
                continue;
            }
            int threshold = 2;
            try {
                threshold = Math.max(1, Math.min(4, Integer.parseInt(String.valueOf(m.get("judgementThreshold")))));
            } catch (NumberFormatException ignored) {
                // keep the toolkit's "developing feature" as the bar
            }
            Object subject = m.get("subject");
            bySchool.computeIfAbsent(String.valueOf(m.get("urn")), k -> new ArrayList<>()).add(new Focus(
                    String.valueOf(m.get("activityType")), String.valueOf(m.get("focusTag")),
                    subject == null ? null : String.valueOf(subject), String.valueOf(m.get("milestoneId")), threshold));
        }
        return bySchool;
    }

    /** One school's year of monitoring. */
    private static final class SchoolCalendar {
        private final DemoContext context;
        private final DemoSchool school;
        private final Random random;
        private final List<Focus> focuses;
        private final List<Integer> years = new ArrayList<>();
        private final String leader;
        private final String subjectLeader;
        private int keys;

        SchoolCalendar(DemoContext context, DemoSchool school, Random random, List<Focus> linked) {
            this.context = context;
            this.school = school;
            this.random = random;
            for (int y = 0; y <= 6; y++) {
                if (school.teachesYearGroup(y)) {
                    years.add(y);
                }
            }
            if (years.isEmpty()) {
                years.add(2);
            }
            this.focuses = linked.isEmpty() ? List.of(
                    new Focus("WORK_SCRUTINY", "developmental-marking", "Writing", null, 2),
                    new Focus("LESSON_OBSERVATION", "maths-reasoning", "Maths", null, 2),
                    new Focus("PUPIL_CONFERENCING", "pupil-targets", "Writing", null, 2)) : linked;
            this.leader = "school-leader:" + school.urn();
            this.subjectLeader = "subject-leader:" + school.urn();
        }

        void seed() {
            // Autumn: each focus looked at once (a baseline for the milestone), then the termly routines.
            LocalDate[] autumnDates = {LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 14), LocalDate.of(2026, 11, 4),
                    LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 18)};
            int slot = 0;
            for (Focus focus : focuses) {
                LocalDate on = autumnDates[Math.min(slot++, autumnDates.length - 1)];
                JsonNode activity = plan(focus.activityType(), focus.subject(), focus.focusTag(), on, focus.milestoneId(),
                        "Autumn baseline: " + words(focus.focusTag()));
                recordFocusFindings(activity, focus, on);
                complete(activity, on);
            }
            boolean infants = years.get(0) == 0;
            String readingTag = infants ? "early-reading" : "reading-fluency";
            JsonNode walk = plan("LEARNING_WALK", "Reading", readingTag, LocalDate.of(2026, 11, 12), null,
                    infants ? "Phonics lessons and reading books matched to pupils' phonics knowledge"
                            : "Reading fluency sessions and the reading culture in classes");
            finding(walk, "STRENGTH", "Book corners are inviting and well stocked in every class visited; pupils choose books "
                    + "with confidence.", 2, List.of("reading-for-pleasure"), null, List.of(), false, leader);
            JsonNode walkNotes = evidence("NOTE", "Learning walk notes: reading", "learning-walk-reading.txt", "text/plain",
                    text("Learning walk, reading (" + school.name() + "), 12 November 2026\n\n"
                            + "Classes visited: " + yearsText() + ".\n"
                            + (infants ? "Phonics: all groups taught at pace; decodable books match the sounds taught in 4 of 5 groups.\n"
                            : "Fluency: echo and choral reading seen in every class; pupils re-read for expression.\n")
                            + "No pupil names are recorded in these notes.\n"), walk);
            int reading = judgementOf(2);
            finding(walk, reading <= 2 ? "STRENGTH" : "AREA_FOR_DEVELOPMENT", infants
                            ? "Phonics sessions follow the programme closely; in one group the reading book did not match the sounds taught."
                            : "Daily fluency practice is established; pupils who read least at home get too few chances to read aloud.",
                    reading, List.of(readingTag), null, List.of(walkNotes.path("id").asText()), false, leader);
            complete(walk, LocalDate.of(2026, 11, 12));

            JsonNode progress = plan("PUPIL_PROGRESS_MEETING", null, "pupil-progress", LocalDate.of(2026, 11, 19), null,
                    "Autumn assessment: pupils at risk of not reaching the expected standard");
            finding(progress, "STRENGTH", "Class teachers identify pupils at risk of falling behind and name a specific next step "
                    + "and support for each.", 2, List.of("pupil-progress"), null, List.of(), false, leader);
            finding(progress, "AREA_FOR_DEVELOPMENT", "Disadvantaged pupils in " + yearName(years.get(years.size() - 1))
                    + " are not yet catching up in reading; their intervention sessions are often missed.", 3,
                    List.of("disadvantaged-pupils"), null, List.of(), false, leader);
            complete(progress, LocalDate.of(2026, 11, 19));

            // Spring and summer: the follow-ups, planned and linked to the same milestones.
            LocalDate[] springDates = {LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 10)};
            int spring = 0;
            for (Focus focus : focuses) {
                LocalDate on = focus.activityType().equals("PUPIL_CONFERENCING") ? LocalDate.of(2027, 5, 19)
                        : springDates[Math.min(spring++, springDates.length - 1)];
                plan(focus.activityType(), focus.subject(), focus.focusTag(), on, focus.milestoneId(),
                        "Follow-up of the autumn findings: " + words(focus.focusTag()));
            }
            plan("GOVERNOR_VISIT", "Reading", readingTag, LocalDate.of(2027, 3, 3), null,
                    "The reading governor sees the autumn actions in practice");
            plan("AUDIT", "Maths", "calculation-policy", LocalDate.of(2027, 6, 9), null,
                    "Is the calculation policy followed from year to year?");
            plan("WORK_SCRUTINY", "Writing", "extended-writing", LocalDate.of(2027, 6, 16), null,
                    "End-of-year scrutiny of extended writing");

            selfEvaluation();
        }

        /** The finding about the focus itself (linked to its milestone), a strength, and for a lesson observation a confidential one. */
        private void recordFocusFindings(JsonNode activity, Focus focus, LocalDate on) {
            int judgement = random.nextInt(10) < 6 ? focus.threshold() : Math.min(4, focus.threshold() + 1);
            List<String> linked = focus.milestoneId() == null ? List.of() : List.of(focus.milestoneId());
            List<String> evidence = new ArrayList<>();
            if (focus.activityType().equals("WORK_SCRUTINY")) {
                evidence.add(evidence("WORK_SAMPLE", words(focus.focusTag()) + ": " + focus.subject() + " book sample",
                        "work-sample-" + focus.focusTag() + ".png", "image/png", workSamplePng(), activity).path("id").asText());
            } else if (focus.activityType().equals("PUPIL_CONFERENCING")) {
                evidence.add(evidence("PUPIL_VOICE", "Pupil conferencing notes", "pupil-voice-" + focus.focusTag() + ".txt",
                        "text/plain", text("Pupil conferencing, " + on + " (" + school.name() + ")\n\n"
                                + "Six pupils from " + yearsText() + ", two from each of three classes. No names recorded.\n"
                                + "- 'I know my target because it is on the wall.'\n"
                                + "- 'We practise our targets in the starter.'\n"
                                + "- 'My teacher tells me when I have got it.'\n"), activity).path("id").asText());
            }
            finding(activity, judgement <= 2 ? "STRENGTH" : "AREA_FOR_DEVELOPMENT", statement(focus.focusTag(), judgement),
                    judgement, List.of(focus.focusTag()), linked, evidence, false, subjectLeader);
            switch (focus.activityType()) {
                case "WORK_SCRUTINY" -> finding(activity, "STRENGTH", "Presentation is consistently good: work is dated and the "
                        + "learning objective is recorded in every book sampled.", 2, List.of("presentation"), List.of(), List.of(),
                        false, subjectLeader);
                case "LESSON_OBSERVATION" -> {
                    finding(activity, "STRENGTH", "Relationships are warm and lessons start promptly; pupils settle quickly to "
                            + "work and use equipment independently.", 2, List.of("behaviour-for-learning"), List.of(), List.of(),
                            false, subjectLeader);
                    finding(activity, "AREA_FOR_DEVELOPMENT", yearName(years.get(random.nextInt(years.size())))
                            + " class teacher: questioning moved on before checking understanding; coaching with the maths "
                            + "lead agreed for the spring term.", 3, List.of("questioning"), List.of(), List.of(), true, leader);
                }
                case "PUPIL_CONFERENCING" -> finding(activity, "STRENGTH", "Pupils talk enthusiastically about their learning "
                        + "and are proud of their books.", random.nextBoolean() ? 1 : 2, List.of("pupil-attitudes"), List.of(),
                        List.of(), false, subjectLeader);
                default -> {
                    // the focus finding is enough
                }
            }
        }

        private JsonNode plan(String type, String subject, String tag, LocalDate on, String milestoneId, String purpose) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("schoolId", school.id());
            body.put("type", type);
            body.put("plannedOn", on.toString());
            body.put("lead", type.equals("GOVERNOR_VISIT") ? "Reading governor" : type.equals("PUPIL_PROGRESS_MEETING")
                    || type.equals("LEARNING_WALK") ? "Headteacher" : "Subject leader");
            if (subject != null) {
                body.put("subject", subject);
            }
            body.put("yearGroups", years);
            body.put("focusTags", List.of(tag));
            body.put("linkedMilestoneIds", milestoneId == null ? List.of() : List.of(milestoneId));
            body.put("purpose", purpose);
            body.put("participants", type.equals("GOVERNOR_VISIT")
                    ? List.of(Map.of("name", "Headteacher", "role", "Accompanies the governor"))
                    : List.of(Map.of("name", "Class teachers", "role", "Provide books and plans")));
            String persona = type.equals("PUPIL_PROGRESS_MEETING") || type.equals("LEARNING_WALK")
                    || type.equals("GOVERNOR_VISIT") ? leader : subjectLeader;
            return context.post(ACTIVITIES, context.token(persona), body, key());
        }

        private void complete(JsonNode activity, LocalDate on) {
            String etag = "\"" + activity.path("version").asLong() + "\"";
            context.post(ACTIVITIES + "/" + activity.path("id").asText() + "/complete", context.token(leader),
                    Map.of("completedOn", on.toString(), "summary", "Findings shared with staff and governors."),
                    Map.of("If-Match", etag));
        }

        private void finding(JsonNode activity, String kind, String statement, int judgement, List<String> tags,
                             List<String> milestones, List<String> evidence, boolean confidential, String persona) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("statement", statement);
            body.put("judgement", judgement);
            body.put("focusTags", tags);
            if (milestones != null) {
                body.put("linkedMilestoneIds", milestones);
            }
            body.put("evidenceIds", evidence);
            body.put("confidential", confidential);
            context.post(ACTIVITIES + "/" + activity.path("id").asText() + "/findings", context.token(persona), body, key());
        }

        /** Uploads a small evidence file (multipart/form-data) through the gateway. */
        private JsonNode evidence(String kind, String title, String filename, String contentType, byte[] content, JsonNode activity) {
            String boundary = "----golden-thread-demo-" + UUID.nameUUIDFromBytes((school.urn() + keys).getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("schoolId", school.id());
            fields.put("kind", kind);
            fields.put("title", title);
            fields.put("activityId", activity.path("id").asText());
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(context.gateway().resolve("/api/v1/evidence"))
                    .timeout(Duration.ofMinutes(1))
                    .header("Authorization", "Bearer " + context.token(subjectLeader))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Idempotency-Key", key().get("Idempotency-Key"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            try {
                HttpResponse<String> response = context.http().send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("POST /api/v1/evidence answered " + response.statusCode() + ": " + response.body());
                }
                return context.json().readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException("uploading evidence failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** The school's 2026-27 self-evaluation against the toolkit: core elements 2 and 6 rated, with notes. */
        private void selfEvaluation() {
            JsonNode evaluation = context.post("/api/v1/self-evaluations", context.token(leader),
                    Map.of("schoolId", school.id(), "academicYear", YEAR, "frameworkId", TOOLKIT), key());
            for (JsonNode element : evaluation.path("coreElements")) {
                int number = element.path("number").asInt();
                if (number != 2 && number != 6) {
                    continue;
                }
                for (JsonNode standard : element.path("standards")) {
                    int rating = new int[]{1, 2, 2, 2, 3, 3}[random.nextInt(6)];
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("rating", rating);
                    body.put("evidenceNotes", rating <= 2
                            ? "Autumn monitoring and the autumn termly results show this in place in most classes."
                            : "Autumn monitoring found this inconsistent between classes.");
                    body.put("actionNotes", rating <= 2 ? "Keep under review at the spring pupil progress meetings."
                            : "Headteacher and phase leaders: add to the spring monitoring calendar; review at Easter.");
                    context.put("/api/v1/self-evaluations/" + evaluation.path("id").asText() + "/ratings/"
                                    + standard.path("standardId").asText(), context.token(leader), body,
                            Map.of("If-Match", "\"" + standard.path("version").asLong() + "\""));
                }
            }
        }

        private int judgementOf(int around) {
            return Math.max(1, Math.min(4, around + (random.nextInt(4) == 0 ? 1 : 0)));
        }

        private Map<String, String> key() {
            return Map.of("Idempotency-Key", "demo-monitoring-" + school.urn() + "-" + (keys++));
        }

        private String yearsText() {
            return years.size() == 1 ? yearName(years.get(0))
                    : yearName(years.get(0)) + " to " + yearName(years.get(years.size() - 1));
        }

        /** A drawn exercise-book page: ruled lines, a margin and rows of "handwriting", as a PNG. */
        private byte[] workSamplePng() {
            int width = 240;
            int height = 160;
            int[][] rgb = new int[height][width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    rgb[y][x] = 0xFFFDF5;
                    if (y % 16 == 15) {
                        rgb[y][x] = 0xA8C8E8;
                    }
                    if (x == 28) {
                        rgb[y][x] = 0xE07070;
                    }
                }
            }
            for (int row = 1; row < height / 16; row++) {
                int x = 34;
                while (x < width - 10) {
                    int word = 6 + random.nextInt(22);
                    for (int dx = 0; dx < word && x + dx < width - 10; dx++) {
                        int top = row * 16 + 15 - 2 - random.nextInt(7);
                        for (int y = top; y < row * 16 + 14; y++) {
                            rgb[y][x + dx] = 0x1F2F5F;
                        }
                    }
                    x += word + 5;
                }
            }
            return png(rgb);
        }
    }

    static String statement(String tag, int judgement) {
        return switch (tag) {
            case "developmental-marking" -> switch (judgement) {
                case 1 -> "Next steps are written in every book sampled and pupils act on them in the following lesson; the same errors rarely recur.";
                case 2 -> "Next steps are written in most books sampled and are well matched to the writing objectives; pupils respond to them in some classes but not yet all.";
                case 3 -> "Marking is up to date, but next steps are inconsistent between classes and pupils are rarely given time to respond, so the same punctuation errors recur.";
                default -> "Few books sampled show next steps, and pupils do not respond to feedback; errors recur from piece to piece.";
            };
            case "maths-reasoning" -> switch (judgement) {
                case 1 -> "Reasoning is planned into every lesson observed; pupils explain and justify their methods using stem sentences.";
                case 2 -> "Most lessons observed include a reasoning task; pupils explain their methods but justifying them is less secure.";
                case 3 -> "Reasoning comes at the end of lessons and only the quickest pupils reach it; most pupils practise procedures only.";
                default -> "Little reasoning or problem solving in the lessons observed; pupils apply procedures without explaining them.";
            };
            case "pupil-targets" -> switch (judgement) {
                case 1 -> "All pupils spoken to know their writing targets, can explain them and show where they have met them.";
                case 2 -> "Most pupils spoken to know their writing targets and can give an example of practising them.";
                case 3 -> "Pupils know that targets are displayed, but few can explain their own or say how they practise them.";
                default -> "Pupils spoken to could not say what their targets are.";
            };
            default -> capitalised(words(tag)) + switch (judgement) {
                case 1 -> " is consistently strong in the classes seen, with clear impact on pupils' work.";
                case 2 -> " is evident in most classes seen but not yet embedded in all.";
                case 3 -> " is inconsistent between classes and its impact is not yet clear.";
                default -> ": little evidence in the classes seen; this needs immediate action.";
            };
        };
    }

    static String words(String tag) {
        return tag.replace('-', ' ');
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String yearName(int year) {
        return year == 0 ? "Reception" : "Year " + year;
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal PNG encoder (8-bit RGB, no filtering), so the launcher needs no imaging library. */
    static byte[] png(int[][] rgb) {
        int height = rgb.length;
        int width = rgb[0].length;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int[] row : rgb) {
            raw.write(0);
            for (int pixel : row) {
                raw.write((pixel >> 16) & 0xFF);
                raw.write((pixel >> 8) & 0xFF);
                raw.write(pixel & 0xFF);
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
