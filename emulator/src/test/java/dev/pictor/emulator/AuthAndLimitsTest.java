package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Credentials, request counting, the body cap, and what is refused before a model runs. */
class AuthAndLimitsTest {

    private static final String CANARY = "canary-7f3d9a1c-DO-NOT-LOG";
    private static final String MODEL = "@cf/lykon/dreamshaper-8-lcm";

    private static ProviderEmulator start(List<String> log) {
        return ProviderEmulator.builder()
                .schemas(Http.schemas())
                .requestLog(log::add)
                .start();
    }

    private static String cloudflare(ProviderEmulator emulator) {
        return emulator.baseUrl("cloudflare-workers-ai") + "/" + MODEL;
    }

    private static String body() {
        return Http.write(SeedModels.validRequest(SeedModels.model(MODEL)));
    }

    @Test
    void missingOrMalformedCredentialGets401InEachProvidersShape() {
        try (ProviderEmulator emulator = start(new CopyOnWriteArrayList<>())) {
            HttpResponse<byte[]> cloudflare = Http.post(cloudflare(emulator), body());
            assertEquals(401, cloudflare.statusCode());
            JsonNode cf = Http.json(cloudflare);
            assertFalse(cf.get("success").asBoolean());
            assertEquals(10000, cf.get("errors").get(0).get("code").asInt());
            assertEquals(Optional.of("Bearer"), cloudflare.headers().firstValue("WWW-Authenticate"));

            assertEquals(
                    401,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Bearer ")
                            .statusCode());
            assertEquals(
                    401,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Basic abc")
                            .statusCode());
            assertEquals(
                    401,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Token abc")
                            .statusCode());
            assertEquals(
                    200,
                    Http.post(cloudflare(emulator), body(), "Authorization", "bearer abc")
                            .statusCode());

            HttpResponse<byte[]> replicate = Http.post(emulator.baseUrl("replicate") + "/predictions", "{}");
            assertEquals(401, replicate.statusCode());
            assertEquals("application/problem+json", Http.contentType(replicate));
            assertEquals(401, Http.json(replicate).get("status").asInt());

            HttpResponse<byte[]> runpod = Http.post(emulator.baseUrl("runpod") + "/run", "{}");
            assertEquals(401, runpod.statusCode());
            assertTrue(Http.json(runpod).get("error").isTextual());

            HttpResponse<byte[]> gateway = Http.post(emulator.baseUrl("comfyui-gateway") + "/img2img", "{}");
            assertEquals(401, gateway.statusCode());
            assertTrue(Http.json(gateway).get("error").isTextual());
        }
    }

    @Test
    void expectedTokenIsTheOnlyOneAccepted() {
        try (ProviderEmulator emulator = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .expectedToken(CANARY)
                .start()) {
            assertEquals(
                    401,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Bearer other")
                            .statusCode());
            assertEquals(
                    200,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Bearer " + CANARY)
                            .statusCode());
            emulator.expectToken(null);
            assertEquals(
                    200,
                    Http.post(cloudflare(emulator), body(), "Authorization", "Bearer other")
                            .statusCode());
        }
    }

    @Test
    void theCredentialNeverAppearsInLogsRecordsOrAnswers() {
        List<String> log = new CopyOnWriteArrayList<>();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        StringBuilder answers = new StringBuilder();
        try (ProviderEmulator emulator = start(log)) {
            System.setOut(capture);
            System.setErr(capture);
            emulator.expectToken("another-token");
            String auth = "Bearer " + CANARY;
            answers.append(new String(
                    Http.post(cloudflare(emulator), body(), "Authorization", auth)
                            .body(),
                    StandardCharsets.UTF_8));
            emulator.expectToken(null);
            emulator.inject(Fault.serverError(), Fault.wrongContentType());
            for (int i = 0; i < 3; i++) {
                answers.append(new String(
                        Http.post(cloudflare(emulator), body(), "Authorization", auth)
                                .body(),
                        StandardCharsets.ISO_8859_1));
            }
            answers.append(new String(
                    Http.post(cloudflare(emulator), "{\"prompt\": 1}", "Authorization", auth)
                            .body(),
                    StandardCharsets.UTF_8));
            answers.append(new String(
                    Http.post(emulator.baseUrl("replicate") + "/predictions", "not json", "Authorization", auth)
                            .body(),
                    StandardCharsets.UTF_8));
            answers.append(new String(
                    Http.post(emulator.baseUrl("runpod") + "/runsync", "{\"input\": {}}", "Authorization", auth)
                            .body(),
                    StandardCharsets.UTF_8));
            answers.append(new String(
                    Http.get(emulator.origin() + "/_emulator/requests").body(), StandardCharsets.UTF_8));
            String records = emulator.requests().toString();
            assertEquals(7, emulator.requests().size());
            assertTrue(emulator.requests().stream().allMatch(RecordedRequest::credentialSent));
            assertFalse(records.contains(CANARY), records);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(7, log.size(), log::toString);
        for (String line : log) {
            assertFalse(line.contains(CANARY), line);
            assertFalse(line.toLowerCase(java.util.Locale.ROOT).contains("bearer"), line);
        }
        assertFalse(answers.toString().contains(CANARY));
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains(CANARY));
    }

    @Test
    void requestsAreCountedTotalAndPerProviderButNotControlCalls() {
        try (ProviderEmulator emulator = start(new CopyOnWriteArrayList<>())) {
            Http.postWithToken(cloudflare(emulator), body());
            Http.postWithToken(cloudflare(emulator), "{\"prompt\": 5}");
            Http.post(cloudflare(emulator), body());
            Http.getWithToken(emulator.baseUrl("replicate") + "/predictions/none");
            Http.get(emulator.origin() + "/nowhere");
            Http.get(emulator.origin() + "/_emulator/requests");
            assertEquals(5, emulator.requestCount());
            assertEquals(3, emulator.requestCount("cloudflare-workers-ai"));
            assertEquals(1, emulator.requestCount("replicate"));
            assertEquals(0, emulator.requestCount("runpod"));
            JsonNode counts = Http.json(Http.get(emulator.origin() + "/_emulator/requests"));
            assertEquals(5, counts.get("total").asInt());
            assertEquals(
                    3, counts.get("byProvider").get("cloudflare-workers-ai").asInt());
            assertEquals(
                    List.of(200, 400, 401, 404, 404),
                    emulator.requests().stream().map(RecordedRequest::status).toList());
            emulator.reset();
            assertEquals(0, emulator.requestCount());
            assertTrue(emulator.requests().isEmpty());
        }
    }

    @Test
    void bodyOverTheCapGets413InTheProvidersShape() {
        try (ProviderEmulator emulator = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .maxBodyBytes(1024)
                .start()) {
            ObjectNode big = SeedModels.validRequest(SeedModels.model(MODEL));
            big.put("negative_prompt", "x".repeat(10_000));
            HttpResponse<byte[]> r = Http.postWithToken(cloudflare(emulator), big);
            assertEquals(413, r.statusCode());
            assertFalse(Http.json(r).get("success").asBoolean());
            HttpResponse<byte[]> replicate = Http.postWithToken(
                    emulator.baseUrl("replicate") + "/predictions",
                    "{\"input\": {\"prompt\": \"" + "y".repeat(5000) + "\"}}");
            assertEquals(413, replicate.statusCode());
            assertEquals("application/problem+json", Http.contentType(replicate));
            assertEquals(200, Http.postWithToken(cloudflare(emulator), body()).statusCode(), "then small ones go on");
        }
    }

    @Test
    void unknownModelRouteAndMethod() {
        try (ProviderEmulator emulator = start(new CopyOnWriteArrayList<>())) {
            HttpResponse<byte[]> model =
                    Http.postWithToken(emulator.baseUrl("cloudflare-workers-ai") + "/@cf/no/such", "{}");
            assertEquals(404, model.statusCode());
            assertEquals(5007, Http.json(model).get("errors").get(0).get("code").asInt());
            HttpResponse<byte[]> get = Http.getWithToken(cloudflare(emulator));
            assertEquals(405, get.statusCode());
            assertEquals(Optional.of("POST"), get.headers().firstValue("Allow"));
            HttpResponse<byte[]> placeholder = Http.postWithToken(
                    emulator.baseUrlTemplate("cloudflare-workers-ai").replace("{account_id}", "%7Baccount_id%7D") + "/"
                            + MODEL,
                    body());
            assertEquals(400, placeholder.statusCode(), "an unfilled placeholder is not an account id");
            HttpResponse<byte[]> encoded = Http.postWithToken(
                    emulator.baseUrl("cloudflare-workers-ai") + "/%40cf%2Flykon%2Fdreamshaper-8-lcm", body());
            assertEquals(200, encoded.statusCode(), "a percent-encoded model id names the same model");
            assertEquals(
                    404,
                    Http.postWithToken(emulator.baseUrl("comfyui-gateway") + "/txt2img", "{}")
                            .statusCode());
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        try (ProviderEmulator emulator = start(new CopyOnWriteArrayList<>())) {
            HttpResponse<byte[]> dup =
                    Http.postWithToken(cloudflare(emulator), "{\"prompt\": \"a\", \"prompt\": \"b\"}");
            assertEquals(400, dup.statusCode(), "a repeated member is refused");
            assertEquals(5006, Http.json(dup).get("errors").get(0).get("code").asInt());
            assertEquals(
                    400,
                    Http.postWithToken(cloudflare(emulator), "{\"prompt\": \"a\"} trailing")
                            .statusCode());
            assertEquals(400, Http.postWithToken(cloudflare(emulator), "").statusCode());
            assertEquals(
                    400,
                    Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", "[")
                            .statusCode());
        }
    }

    @Test
    void schemasWithErrorsStopTheStart() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ProviderEmulator.builder()
                        .schemas(Http.schemas().resolve("no-such-folder"))
                        .start());
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }
}
