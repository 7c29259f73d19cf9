package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.testing.SarifSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictor check-compat}: over a schemas root, over two documents, the formats and the exit codes. */
class CheckCompatCommandTest {

    private static final String OLD = "acme/m/2025-01-01.json";
    private static final String NEW = "acme/m/2025-02-01.json";
    static final String OPEN = "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}";
    static final String CLOSED = "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}},"
            + " \"additionalProperties\": false}";
    private static final String WITH_DEFAULT =
            "{\"type\": \"object\", \"properties\": {\"steps\": {\"type\": " + "\"integer\", \"default\": 4}}}";
    private static final String WITHOUT_DEFAULT =
            "{\"type\": \"object\", \"properties\": {\"steps\": {\"type\": " + "\"integer\"}}}";

    @TempDir
    Path dir;

    @RegisterExtension
    final UnchangedInputs inputs = new UnchangedInputs();

    /** A root with versions 2025-01-01 and 2025-02-01 of acme/m. */
    private SchemasFixture versions(String older, String newer, String newerExtra) {
        SchemasFixture root = SchemasFixture.create(dir.resolve("schemas"));
        root.write(OLD, document("2025-01-01", older, ""));
        root.write(NEW, document("2025-02-01", newer, newerExtra));
        return inputs.watch(root);
    }

    static String document(String version, String input, String extra) {
        return "{\n\"provider\": \"acme\",\n\"model\": \"m\",\n\"version\": \"" + version + "\",\n\"snapshot\": \""
                + version + "\",\n\"task\": \"text-to-image\",\n\"origin\": \"published\",\n\"source\": \"test\",\n"
                + "\"dialect\": \"https://json-schema.org/draft/2020-12/schema\",\n\"input\": " + input + ",\n"
                + "\"output\": {\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}"
                + (extra.isEmpty() ? "" : ",\n" + extra) + "\n}\n";
    }

    private static final String ACKNOWLEDGED = "\"acknowledged\": [{\"rule\": \"compat.additional-properties-closed\","
            + " \"pointer\": \"/input/additionalProperties\", \"why\": \"The provider closed it.\"}]";

    @Test
    void aBreakingChangeInARootExitsWithOne() {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        CliRun run = CliRun.run("check-compat", f.arg()).assertExit(PictorCli.EXIT_FINDINGS);
        List<String> lines = run.out().lines().toList();
        assertEquals("compared m 2025-01-01 -> 2025-02-01: " + OLD + " -> " + NEW, lines.get(0));
        assertTrue(
                lines.get(1).startsWith(f.arg() + "/" + NEW + ":")
                        && lines.get(1).contains(": error: compat.additional-properties-closed: "),
                run.out());
        assertTrue(
                lines.get(1).contains(" #/input/additionalProperties: ")
                        && lines.get(1).contains("[before: " + OLD),
                run.out());
        assertEquals("1 model compared: 1 error, 0 warnings, 0 notes", lines.get(2));
        assertEquals("", run.err());
    }

    @Test
    void anAcknowledgedChangeExitsWithZero() {
        SchemasFixture f = versions(OPEN, CLOSED, ACKNOWLEDGED);
        CliRun run = CliRun.run("check-compat", f.arg()).assertExit(PictorCli.EXIT_OK);
        assertTrue(run.out().contains(": note: compat.additional-properties-closed: "), run.out());
        assertTrue(run.out().contains("(hint: acknowledged (ERROR) in " + NEW), run.out());
        assertTrue(run.out().endsWith("1 model compared: 0 errors, 0 warnings, 1 note\n"), run.out());
    }

    @Test
    void twoDocumentsAreComparedInTheirRoot() {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        CliRun run = CliRun.run(
                        "check-compat",
                        f.path().resolve(OLD).toString(),
                        f.path().resolve(NEW).toString())
                .assertExit(PictorCli.EXIT_FINDINGS);
        assertEquals(CliRun.run("check-compat", f.arg()).out(), run.out());
    }

    @Test
    void aWarningFailsOnlyWithFailOnWarning() {
        SchemasFixture f = versions(WITH_DEFAULT, WITHOUT_DEFAULT, "");
        CliRun.run("check-compat", f.arg()).assertExit(PictorCli.EXIT_OK);
        CliRun run = CliRun.run("check-compat", "--fail-on-warning", f.arg()).assertExit(PictorCli.EXIT_FINDINGS);
        assertTrue(run.out().contains(": warning: compat.default-removed: "), run.out());
    }

    @Test
    void jsonFindingsCarryTheOlderPlace() throws Exception {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        CliRun run = CliRun.run("check-compat", "--format", "json", f.arg()).assertExit(PictorCli.EXIT_FINDINGS);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertEquals(1, array.size());
        assertEquals(
                "compat.additional-properties-closed", array.get(0).get("code").asText());
        assertEquals(NEW, array.get(0).get("file").asText());
        assertEquals(OLD, array.get(0).at("/before/file").asText());
    }

    @Test
    void sarifGoesToAFileAndTheSummaryToStdout() throws Exception {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        Path report = dir.resolve("compat.sarif");
        CliRun run = CliRun.run("check-compat", "--format", "sarif", "--output", report.toString(), f.arg())
                .assertExit(PictorCli.EXIT_FINDINGS);
        assertEquals("wrote " + report + ": 1 model compared: 1 error, 0 warnings, 0 notes\n", run.out());
        JsonNode log = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode result = log.at("/runs/0/results/0");
        assertEquals("compat.additional-properties-closed", result.get("ruleId").asText());
        assertEquals(
                OLD,
                result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertTrue(SarifSchema.violations(Files.readString(report)).isEmpty());
    }

    @Test
    void aReportInsideTheRootIsRefused() {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        CliRun.run("check-compat", "--output", f.path().resolve("report.txt").toString(), f.arg())
                .assertUsageError();
    }

    @Test
    void aModelWithOneVersionIsLeftOut() {
        SchemasFixture root = inputs.watch(SchemasFixture.clean(dir.resolve("schemas")));
        CliRun run = CliRun.run("check-compat", root.arg()).assertExit(PictorCli.EXIT_OK);
        assertEquals("0 models compared (1 with a single version): 0 errors, 0 warnings, 0 notes\n", run.out());
    }

    @Test
    void oneFileIsAUsageError() {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        CliRun run =
                CliRun.run("check-compat", f.path().resolve(NEW).toString()).assertUsageError();
        assertTrue(run.err().contains("give two model documents, OLD NEW, or a schemas root"), run.err());
    }

    @Test
    void aLooseFileIsAUsageError() throws Exception {
        SchemasFixture f = versions(OPEN, CLOSED, "");
        Path loose = dir.resolve("loose.json");
        Files.writeString(loose, document("2025-01-01", OPEN, ""));
        CliRun run = CliRun.run(
                        "check-compat", loose.toString(), f.path().resolve(NEW).toString())
                .assertUsageError();
        assertTrue(run.err().contains("is not in a schemas root"), run.err());
    }

    @Test
    void aMissingRootIsAUsageError() {
        CliRun.run("check-compat", dir.resolve("nothing").toString()).assertUsageError();
    }

    @Test
    void threePathsAreAUsageError() {
        CliRun run = CliRun.run("check-compat", "a", "b", "c").assertUsageError();
        assertFalse(run.err().isEmpty());
    }

    @Test
    void theRepositorySchemasPass() {
        Path schemas = Path.of(System.getProperty("pictor.schemas", "../schemas"));
        CliRun run = CliRun.run("check-compat", "--fail-on-warning", schemas.toString())
                .assertExit(PictorCli.EXIT_OK);
        assertTrue(
                run.out().startsWith("compared @cf/black-forest-labs/flux-1-schnell 2025-11-20 -> 2026-11-22: "),
                run.out());
    }
}
