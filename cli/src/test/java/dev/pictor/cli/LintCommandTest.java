package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.testing.SarifSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final List<String> JSON_FIELDS =
            List.of("severity", "code", "file", "line", "column", "pointer", "message", "hint");

    @TempDir
    Path dir;

    @RegisterExtension
    final UnchangedInputs inputs = new UnchangedInputs();

    /** The root the test runs on. */
    private SchemasFixture root;

    private SchemasFixture use(SchemasFixture fixture) {
        root = inputs.watch(fixture);
        return root;
    }

    /** The last line is the summary and starts as given (rules added later may add warnings or notes). */
    static void assertSummary(String start, String out) {
        List<String> lines = out.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith(start), out);
        assertTrue(
                last.matches("\\d+ models?, \\d+ providers?: \\d+ errors?, \\d+ warnings?, \\d+ notes?"
                        + "(, \\d+ suppressed)?"),
                last);
        assertTrue(out.endsWith("\n"));
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode finding : array) {
            if (finding.get("code").asText().equals(code)) {
                return finding;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    @Test
    void aCleanRootExitsZero() {
        SchemasFixture r = use(SchemasFixture.clean(dir));
        CliRun run = CliRun.run("lint", r.arg()).assertExit(0);
        assertSummary("1 model, 1 provider: 0 errors, ", run.out());
        assertFalse(run.out().contains("ERROR "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anErrorExitsOneWithItsLocationAndCode() {
        SchemasFixture r = use(SchemasFixture.withError(dir));
        CliRun run = CliRun.run("lint", r.arg()).assertExit(1);
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch((r.arg() + "/acme/m/2025-01-01.json:11:13: error: range.min-above-max: "
                                + "#/input/properties/height: minimum 4096 > maximum 2048: no value is valid "
                                + "(hint: swap or correct the bounds)")::equals),
                run.out());
        assertSummary("1 model, 1 provider: 1 error, ", run.out());
        assertEquals("", run.err());
        assertTrue(
                run.out().lines().filter(l -> l.contains(dir.toString())).allMatch(l -> l.startsWith(r.arg() + "/")),
                "the root appears only as given, as the start of a finding's path: " + run.out());
    }

    @Test
    void jsonFormatGivesObjectsWithExactlyTheEightFields() throws Exception {
        SchemasFixture r = use(SchemasFixture.withError(dir)
                .write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER));
        CliRun run = CliRun.run("lint", "--format", "json", r.arg()).assertExit(1);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertTrue(array.isArray());
        assertTrue(array.size() >= 2, run.out());
        for (JsonNode finding : array) {
            List<String> names = new ArrayList<>();
            finding.fieldNames().forEachRemaining(names::add);
            assertEquals(JSON_FIELDS, names);
            assertTrue(finding.get("line").isInt() && finding.get("column").isInt());
            for (String text : List.of("severity", "code", "file", "pointer", "message", "hint")) {
                assertTrue(finding.get(text).isTextual(), text);
            }
        }
        JsonNode range = find(array, "range.min-above-max");
        assertEquals("ERROR", range.get("severity").asText());
        assertEquals("acme/m/2025-01-01.json", range.get("file").asText());
        assertEquals(11, range.get("line").asInt());
        assertEquals(13, range.get("column").asInt());
        assertEquals("/input/properties/height", range.get("pointer").asText());
        assertEquals(
                "WARNING",
                find(array, "provider.placeholder-unused").get("severity").asText());
    }

    @Test
    void sarifFormatIsValidAgainstTheSarifSchema() throws Exception {
        SchemasFixture r = use(SchemasFixture.withError(dir).write("acme/broken/2025-01-01.json", "{\"a\": [1, }"));
        CliRun run = CliRun.run("lint", "--format", "SARIF", r.arg()).assertExit(1);
        assertEquals(List.of(), SarifSchema.violations(run.out()));
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertEquals(
                PictorCli.version(),
                log.at("/runs/0/tool/driver/semanticVersion").asText());
        List<String> ruleIds = new ArrayList<>();
        log.at("/runs/0/results")
                .forEach(result -> ruleIds.add(result.get("ruleId").asText()));
        assertTrue(ruleIds.containsAll(List.of("range.min-above-max", "json.malformed")), ruleIds::toString);
        assertEquals(PictorCli.version(), log.at("/runs/0/tool/driver/version").asText());
        String base = log.at("/runs/0/originalUriBaseIds/SCHEMAS_ROOT/uri").asText();
        assertEquals(dir.toAbsolutePath().normalize().toUri().toString(), base);
        assertEquals(
                1,
                run.out().split(java.util.regex.Pattern.quote(dir.toString()), -1).length - 1,
                "the root outside the working directory is named once, as the base's file: URI");
    }

    @Test
    void aWarningFailsOnlyWithFailOnWarning() {
        SchemasFixture r = use(
                SchemasFixture.clean(dir).write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER));
        CliRun lenient = CliRun.run("lint", r.arg()).assertExit(0);
        assertTrue(
                lenient.out().contains(r.arg() + "/acme/provider.json:")
                        && lenient.out().contains(": warning: provider.placeholder-unused: "),
                lenient.out());
        CliRun strict = CliRun.run("lint", "--fail-on-warning", r.arg()).assertExit(1);
        assertEquals(lenient.out(), strict.out());
    }

    @Test
    void ruleOptionsChangeSeverityOrSuppress() {
        SchemasFixture r = use(SchemasFixture.withError(dir));
        CliRun lowered = CliRun.run("lint", "--rule", "range.min-above-max=warning", r.arg())
                .assertExit(0);
        assertTrue(
                lowered.out().startsWith(r.arg() + "/acme/m/2025-01-01.json:11:13: warning: range.min-above-max: "),
                lowered.out());
        CliRun.run("lint", "--rule", "range.min-above-max=warning", "--fail-on-warning", r.arg())
                .assertExit(1);
        CliRun off =
                CliRun.run("lint", "--rule", "range.min-above-max=off", r.arg()).assertExit(0);
        assertFalse(off.out().contains("range.min-above-max"), off.out());
        assertTrue(off.out().endsWith(" 1 suppressed\n"), off.out());
        // the last override of a rule wins
        CliRun.run("lint", "--rule", "range.min-above-max=off", "--rule", "range.min-above-max=ERROR", r.arg())
                .assertExit(1);
    }

    @Test
    void badRuleAndFormatValuesAreUsageErrors() {
        SchemasFixture r = use(SchemasFixture.clean(dir));
        CliRun.run("lint", "--rule", "no.such-rule=error", r.arg()).assertUsageError();
        CliRun.run("lint", "--rule", "range.min-above-max=fatal", r.arg()).assertUsageError();
        CliRun.run("lint", "--rule", "range.min-above-max", r.arg()).assertUsageError();
        CliRun.run("lint", "--format", "xml", r.arg()).assertUsageError();
    }

    @Test
    void theReportIsTheSameOnEveryRun() {
        SchemasFixture r = use(SchemasFixture.withError(dir));
        for (String format : List.of("text", "json", "sarif")) {
            assertEquals(
                    CliRun.run("lint", "--format", format, r.arg()).out(),
                    CliRun.run("lint", "--format", format, r.arg()).out(),
                    format);
        }
    }
}
