package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictor validate}: requests checked against the repository's model documents before they are sent. */
class ValidateCommandTest {

    private static final String INPAINTING = "@cf/runwayml/stable-diffusion-v1-5-inpainting";
    private static final String INPAINTING_FILE =
            "cloudflare-workers-ai/runwayml/stable-diffusion-v1-5-inpainting/2025-11-20.json";
    private static final String SDXL = "@cf/stabilityai/stable-diffusion-xl-base-1.0";

    @TempDir
    Path dir;

    static String schemas() {
        String schemas = System.getProperty("pictor.schemas");
        if (schemas == null) {
            throw new IllegalStateException("system property pictor.schemas is not set (surefire sets it)");
        }
        return schemas;
    }

    private String request(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file.toString();
    }

    /** Seed 000's inpainting curl body sends only a prompt: image and mask are missing, as the refinement says. */
    @Test
    void theSeedsInpaintingExampleIsInvalidWithTheRefinementsReason() throws IOException {
        String body = request("inpainting.json", "{ \"prompt\": \"cyberpunk cat\" }\n");
        String why = refinementWhy("/input/required");

        CliRun run =
                CliRun.run("validate", "--model", INPAINTING, schemas(), body).assertExit(1);

        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        String shown = body.replace('\\', '/');
        for (String member : List.of("image", "mask")) {
            String line = lines.stream()
                    .filter(l -> l.contains("'" + member + "'"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(member + " not reported: " + run.out()));
            assertTrue(line.startsWith(shown + ":1:1: error: request.required: "), line);
            assertTrue(line.endsWith("; the refinement of /input/required says why: " + why), line);
        }
        assertEquals(
                "1 request checked against " + INPAINTING + "@2025-11-20 (" + INPAINTING_FILE + "): 0 valid, 1 invalid",
                lines.get(2));
    }

    @Test
    void aValidSdxlRequestExitsZero() throws IOException {
        String body = request("sdxl.json", "{\"prompt\": \"a lighthouse at dawn\", \"num_steps\": 20}");

        CliRun run = CliRun.run("validate", "--model", SDXL, schemas(), body).assertExit(0);

        assertTrue(run.out().endsWith(": 1 valid, 0 invalid\n"), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
    }

    @Test
    void aPublishedBoundIsReportedAtTheValueWithoutARefinement() throws IOException {
        String body = request("steps.json", "{\n  \"prompt\": \"x\",\n  \"num_steps\": 60\n}\n");

        CliRun run = CliRun.run("validate", "--model", SDXL, schemas(), body).assertExit(1);

        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(body.replace('\\', '/') + ":3:16: error: request.maximum: #/num_steps: "), first);
        assertTrue(!first.contains("refinement"), first);
    }

    @Test
    void eachRequestIsCheckedAndTheExitCodeIsTheWorst() throws IOException {
        String good = request("good.json", "{\"prompt\": \"a\"}");
        String bad = request("bad.json", "{\"prompt\": 1}");

        CliRun run =
                CliRun.run("validate", "--model", SDXL, schemas(), good, bad).assertExit(1);

        assertTrue(
                run.out()
                        .endsWith("2 requests checked against " + SDXL + "@2025-11-20 ("
                                + "cloudflare-workers-ai/stabilityai/stable-diffusion-xl-base-1.0/2025-11-20.json): 1 valid, "
                                + "1 invalid\n"),
                run.out());
    }

    @Test
    void aRequestThatIsNotJsonIsLocated() throws IOException {
        String body = request("broken.json", "{\"prompt\": \"a\",\n}");

        CliRun run = CliRun.run("validate", "--model", SDXL, schemas(), body).assertExit(1);

        assertTrue(run.out().startsWith(body.replace('\\', '/') + ":2:1: error: json.malformed: "), run.out());
    }

    @Test
    void aMissingRequestFileIsAUsageError() {
        String missing = dir.resolve("missing.json").toString();

        CliRun run = CliRun.run("validate", "--model", SDXL, schemas(), missing).assertExit(2);

        assertTrue(
                run.out().startsWith(missing.replace('\\', '/') + ":1:1: error: file.unreadable: no such file"),
                run.out());
    }

    @Test
    void anUnknownModelOrVersionIsAUsageErrorThatSaysWhatThereIs() throws IOException {
        String body = request("sdxl.json", "{\"prompt\": \"a\"}");

        CliRun.run("validate", "--model", "@cf/nobody/nothing", schemas(), body).assertUsageError();
        CliRun run = CliRun.run(
                        "validate",
                        "--model",
                        "@cf/black-forest-labs/flux-1-schnell",
                        "--model-version",
                        "1999-01-01",
                        schemas(),
                        body)
                .assertUsageError();
        assertTrue(run.err().contains("its versions: 2025-11-20, 2026-11-22"), run.err());
    }

    private static String refinementWhy(String path) {
        try {
            for (JsonNode r : new ObjectMapper()
                    .readTree(Path.of(schemas(), INPAINTING_FILE).toFile())
                    .get("refinements")) {
                if (r.get("path").asText().equals(path)) {
                    return r.get("why").asText();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no refinement of " + path);
    }
}
