package org.goldenthread.monitoring;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Evidence upload and download: the size limit (413) and allow-list of types (415) store nothing,
 * the sha-256 is computed and returned, download gives the right headers, and deletion leaves an
 * audit record. The test profile's limit is 256 KiB.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class EvidenceTest {
    private static final int LIMIT = 256 * 1024;

    @Inject
    AgroalDataSource db;

    private RequestSpecification uploader(TrustFixture t) {
        return RestAssured.given().header("Authorization", "Bearer " + t.token("maths-lead@a", "SUBJECT_LEADER", t.schoolA))
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "PHOTOGRAPH")
                .multiPart("title", "Working wall: number lines in Year 2");
    }

    @Test
    void anUploadedImageComesBackByteForByteWithItsSha256() throws Exception {
        TrustFixture t = new TrustFixture();
        byte[] png = Samples.png(320, 200);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        // Sent as a browser sends it: the filename in UTF-8, with the client's path.
        String boundary = "----golden-thread-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][]{{"schoolId", t.schoolA.toString()}, {"kind", "PHOTOGRAPH"},
                {"title", "Working wall: number lines in Year 2"}, {"description", "Photographed without pupils"}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\head\\working wall ✓.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(png);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String id = RestAssured.given().header("Authorization", "Bearer " + t.token("maths-lead@a", "SUBJECT_LEADER", t.schoolA))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/v1/evidence").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/evidence/"))
                .body("sha256", equalTo(sha))
                .body("sizeBytes", equalTo(png.length))
                .body("contentType", equalTo("image/png"))
                .body("filename", equalTo("working wall ✓.png"))
                .body("description", equalTo("Photographed without pupils"))
                .body("uploadedBy", equalTo("maths-lead@a." + t.trust))
                .extract().path("id");
        byte[] downloaded = t.teacherOfA().get("/api/v1/evidence/" + id + "/content").then().statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", equalTo("attachment; filename=\"working wall _.png\"; filename*=UTF-8''working%20wall%20%E2%9C%93.png"))
                .header("Repr-Digest", equalTo("sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(png, downloaded);
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() throws Exception {
        TrustFixture t = new TrustFixture();
        long before = rows();
        uploader(t).multiPart("file", "scan.pdf", Samples.pdf(LIMIT + 1), "application/pdf")
                .post("/api/v1/evidence").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:payload-too-large"))
                .body("errors[0].field", equalTo("file"));
        assertEquals(before, rows());
        t.leaderOfA().get("/api/v1/evidence?schoolId=" + t.schoolA).then().body("items", hasSize(0));
        uploader(t).multiPart("file", "scan.pdf", Samples.pdf(LIMIT), "application/pdf")
                .post("/api/v1/evidence").then().statusCode(201);
    }

    @Test
    void aChunkedUploadOverTheLimitIsAlso413ProblemJson() throws Exception {
        TrustFixture t = new TrustFixture();
        long before = rows();
        String boundary = "chunked-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"schoolId\"\r\n\r\n" + t.schoolA + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDOCUMENT\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nMinutes\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"minutes.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = Samples.pdf(LIMIT + 1);
        // No Content-Length: the body is streamed in chunks, so only the service's own check can see the file's size.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/evidence"))
                .header("Authorization", "Bearer " + t.token("head@a", "SCHOOL_LEADER", t.schoolA))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(head), new ByteArrayInputStream(file), new ByteArrayInputStream(tail))))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("urn:goldenthread:problem:payload-too-large", Events.read(response.body()).path("type").asText());
        assertEquals(before, rows());
    }

    @Test
    void aDisallowedTypeIs415AndNothingIsStored() throws Exception {
        TrustFixture t = new TrustFixture();
        long before = rows();
        uploader(t).multiPart("file", "page.html", Samples.text("<html><script>alert(1)</script></html>"), "text/html")
                .post("/api/v1/evidence").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:goldenthread:problem:unsupported-media-type"))
                .body("detail", containsString("application/pdf"));
        uploader(t).multiPart("file", "setup.exe", new byte[]{'M', 'Z', 0, 1, 2}, "application/octet-stream")
                .post("/api/v1/evidence").then().statusCode(415);
        assertEquals(before, rows());
        t.leaderOfA().get("/api/v1/evidence?schoolId=" + t.schoolA).then().body("items", hasSize(0));
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIs415() throws Exception {
        TrustFixture t = new TrustFixture();
        long before = rows();
        uploader(t).multiPart("file", "photo.png", Samples.text("not really a picture"), "image/png")
                .post("/api/v1/evidence").then().statusCode(415)
                .body("detail", containsString("not a PNG image"));
        uploader(t).multiPart("file", "notes.txt", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0}, "text/plain")
                .post("/api/v1/evidence").then().statusCode(415);
        assertEquals(before, rows());
    }

    @Test
    void aGenericTypeIsTakenFromTheExtensionAndChecked() {
        TrustFixture t = new TrustFixture();
        uploader(t).multiPart("file", "minutes.pdf", Samples.pdf(2000), "application/octet-stream")
                .post("/api/v1/evidence").then().statusCode(201).body("contentType", equalTo("application/pdf"));
    }

    @Test
    void missingFieldsAreNamed() {
        TrustFixture t = new TrustFixture();
        RestAssured.given().header("Authorization", "Bearer " + t.token("head@a", "SCHOOL_LEADER", t.schoolA))
                .multiPart("file", "notes.txt", Samples.text("notes"), "text/plain")
                .multiPart("kind", "SCRIBBLE")
                .post("/api/v1/evidence").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("schoolId"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("title"));
        RestAssured.given().header("Authorization", "Bearer " + t.token("head@a", "SCHOOL_LEADER", t.schoolA))
                .multiPart("schoolId", t.schoolA.toString()).multiPart("kind", "NOTE").multiPart("title", "No file")
                .post("/api/v1/evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        t.leaderOfA().body("{\"title\":\"json is not multipart\"}").post("/api/v1/evidence").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void deletionRemovesTheContentAndLeavesAnAuditRecord() throws Exception {
        TrustFixture t = new TrustFixture();
        byte[] notes = Samples.text("Pupil voice, Year 6: 'I like it when we explain our reasoning to a partner.'");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(notes));
        String id = uploader(t).multiPart("file", "pupil-voice.txt", notes, "text/plain").post("/api/v1/evidence").then()
                .statusCode(201).extract().path("id");
        String path = "/api/v1/evidence/" + id;
        t.teacherOfA().header("If-Match", "\"0\"").delete(path).then().statusCode(403);
        t.leaderOfA().delete(path).then().statusCode(428);
        t.leaderOfA().header("If-Match", "\"3\"").delete(path).then().statusCode(412);
        t.leaderOfA().header("If-Match", "\"0\"").queryParam("reason", "Names a pupil").delete(path).then().statusCode(200)
                .body("evidenceId", equalTo(id))
                .body("sha256", equalTo(sha))
                .body("filename", equalTo("pupil-voice.txt"))
                .body("deletedBy", equalTo("head@a." + t.trust))
                .body("deletedAt", notNullValue())
                .body("reason", equalTo("Names a pupil"));
        t.leaderOfA().get(path).then().statusCode(404);
        t.leaderOfA().get(path + "/content").then().statusCode(404);
        assertEquals(0, count("SELECT count(*) FROM evidence_content WHERE evidence_id = '" + UUID.fromString(id) + "'"));
        t.leaderOfA().get("/api/v1/evidence/deletions?schoolId=" + t.schoolA).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sha256", equalTo(sha))
                .body("items[0].uploadedBy", equalTo("maths-lead@a." + t.trust));
        t.teacherOfA().get("/api/v1/evidence/deletions").then().statusCode(403);
    }

    @Test
    void aRetriedUploadWithTheSameKeyStoresOnce() throws Exception {
        TrustFixture t = new TrustFixture();
        byte[] png = Samples.png(40, 40);
        String first = uploader(t).header("Idempotency-Key", "upload-1").multiPart("file", "wall.png", png, "image/png")
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id");
        uploader(t).header("Idempotency-Key", "upload-1").multiPart("file", "wall.png", png, "image/png")
                .post("/api/v1/evidence").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        uploader(t).header("Idempotency-Key", "upload-1").multiPart("file", "wall.png", Samples.png(41, 40), "image/png")
                .post("/api/v1/evidence").then().statusCode(422);
        t.leaderOfA().get("/api/v1/evidence?schoolId=" + t.schoolA).then().body("items", hasSize(1));
    }

    @Test
    void metadataChangesButTheContentStays() {
        TrustFixture t = new TrustFixture();
        String id = uploader(t).multiPart("file", "wall.png", Samples.png(40, 40), "image/png").post("/api/v1/evidence").then()
                .statusCode(201).extract().path("id");
        t.mathsLeaderOfA().header("If-Match", "\"0\"").body(java.util.Map.of("kind", "WORK_SAMPLE", "title", "Year 2 number lines"))
                .put("/api/v1/evidence/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Year 2 number lines"))
                .body("kind", equalTo("WORK_SAMPLE"));
        t.englishLeaderOfA().header("If-Match", "\"1\"").body(java.util.Map.of("kind", "NOTE", "title", "mine"))
                .put("/api/v1/evidence/" + id).then().statusCode(403);
    }

    private long rows() throws Exception {
        return count("SELECT (SELECT count(*) FROM evidence_item) + (SELECT count(*) FROM evidence_content)");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
