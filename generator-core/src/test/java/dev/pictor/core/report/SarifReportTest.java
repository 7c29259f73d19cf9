package dev.pictor.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import dev.pictor.core.testing.SarifSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void isValidAgainstTheOfficialSchema() {
        String sarif = new SarifReport(Optional.of("1.2.3")).render(ReportFixture.lint(dir));
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(new SarifReport().render(ReportFixture.lint(dir)));
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(SarifSchema.violations(log.toString()).isEmpty());
    }

    @Test
    void describesTheToolAndEveryRuleOfTheCatalog() throws Exception {
        JsonNode log = MAPPER.readTree(new SarifReport(Optional.of("1.2.3")).render(ReportFixture.lint(dir)));
        assertEquals(
                "https://json.schemastore.org/sarif-2.1.0.json",
                log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals("Pictor", driver.get("name").asText());
        assertEquals(SarifReport.INFORMATION_URI, driver.get("informationUri").asText());
        assertEquals("1.2.3", driver.get("semanticVersion").asText());
        assertEquals("1.2.3", driver.get("version").asText());
        List<RuleInfo> catalog = Rules.catalog();
        assertEquals(catalog.size(), driver.get("rules").size());
        for (int i = 0; i < catalog.size(); i++) {
            JsonNode rule = driver.get("rules").get(i);
            assertEquals(catalog.get(i).code(), rule.get("id").asText());
            assertEquals(
                    catalog.get(i).summary(), rule.at("/shortDescription/text").asText());
            assertEquals(
                    catalog.get(i).defaultSeverity().sarifLevel(),
                    rule.at("/defaultConfiguration/level").asText());
        }
    }

    @Test
    void writesEachFindingAsAResult() throws Exception {
        LintResult result = ReportFixture.lint(dir);
        JsonNode log = MAPPER.readTree(new SarifReport(Optional.empty()).render(result));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(result.diagnostics().size(), results.size());
        JsonNode driverRules = log.at("/runs/0/tool/driver/rules");
        for (JsonNode r : results) {
            assertEquals(
                    r.get("ruleId").asText(),
                    driverRules.get(r.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode range = results.get(1);
        assertEquals("range.min-above-max", range.get("ruleId").asText());
        assertEquals("error", range.get("level").asText());
        assertEquals(
                "minimum 4096 > maximum 2048: no value is valid (hint: swap or correct the bounds)",
                range.at("/message/text").asText());
        JsonNode physical = range.at("/locations/0/physicalLocation");
        assertEquals(
                "acme/m/2025-01-01.json", physical.at("/artifactLocation/uri").asText());
        assertEquals("SCHEMAS_ROOT", physical.at("/artifactLocation/uriBaseId").asText());
        assertEquals(11, physical.at("/region/startLine").asInt());
        assertEquals(13, physical.at("/region/startColumn").asInt());
        assertEquals("/input/properties/height", range.at("/properties/pointer").asText());
        assertEquals("warning", results.get(2).get("level").asText());
        // a path with a space and a non-ASCII letter becomes a valid relative URI reference
        assertEquals(
                "acme/bad%20name%20%C3%A9.json",
                results.get(0)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertFalse(log.at("/runs/0/tool/driver").has("semanticVersion"));
    }

    @Test
    void isDeterministicAndHoldsNoAbsolutePath() {
        String first = new SarifReport(Optional.empty()).render(ReportFixture.lint(dir));
        String second = new SarifReport(Optional.empty()).render(ReportFixture.lint(dir));
        assertEquals(first, second);
        assertFalse(first.contains(dir.toString()));
        assertFalse(first.contains(dir.toUri().toString()));
        assertTrue(first.indexOf('\r') < 0);
        assertTrue(first.endsWith("}\n"));
    }

    @Test
    void encodesPathsAsRelativeUriReferences() {
        assertEquals("a/b-c_d.e~f/@cf/x.json", SarifReport.uriOf("a/b-c_d.e~f/@cf/x.json"));
        assertEquals("a%3Ab/%23%25%3F.json", SarifReport.uriOf("a:b/#%?.json"));
    }

    @Test
    void theRootsUriIsRelativeInsideTheWorkingDirectoryAndAFileUriOutside() throws Exception {
        Path work = dir.resolve("work");
        assertEquals("schemas/", SarifReport.rootUri(work.resolve("schemas"), work));
        assertEquals("a%20b/schemas/", SarifReport.rootUri(work.resolve("a b/./schemas"), work));
        assertEquals("./", SarifReport.rootUri(work, work));
        String outside = SarifReport.rootUri(dir.resolve("elsewhere"), work);
        assertTrue(outside.startsWith("file:/") && outside.endsWith("/elsewhere/"), outside);

        String text = new SarifReport(Optional.of("1.2.3"), Optional.of("schemas/")).render(ReportFixture.lint(dir));
        assertEquals(List.of(), SarifSchema.violations(text));
        assertEquals(
                "schemas/",
                MAPPER.readTree(text)
                        .at("/runs/0/originalUriBaseIds/SCHEMAS_ROOT/uri")
                        .asText());
    }
}
