package dev.pictor.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRule;
import dev.pictor.core.compat.CompatRun;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.testing.SarifSchema;
import dev.pictor.core.testing.TestRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three formats of the compatibility report, on one removed property and one document that does not load. */
class CompatReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";

    @TempDir
    Path dir;

    private CompatResult result;

    @BeforeEach
    void twoVersionsAndABrokenModel() throws Exception {
        TestRoot.create(dir);
        write(
                "acme/m/2025-01-01.json",
                document(
                        "2025-01-01",
                        "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}}}"));
        write(
                "acme/m/2025-02-01.json",
                document("2025-02-01", "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}}}"));
        write("acme/broken/2025-01-01.json", "{");
        result = CompatRun.root(dir);
    }

    private static String document(String version, String input) {
        return "{\n\"provider\": \"acme\",\n\"model\": \"m\",\n\"version\": \"" + version + "\",\n\"snapshot\": \""
                + version + "\",\n\"task\": \"text-to-image\",\n\"origin\": \"published\",\n\"source\": \"test\",\n"
                + "\"dialect\": \"https://json-schema.org/draft/2020-12/schema\",\n\"input\": " + input
                + ",\n\"output\": " + PNG + "\n}\n";
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String render(CompatReport.Format format) {
        return new CompatReport(format, Optional.of("1.2.3")).render(result);
    }

    @Test
    void textListsTheComparisonsTheFindingsAndASummary() {
        assertEquals(
                "compared m 2025-01-01 -> 2025-02-01: acme/m/2025-01-01.json -> acme/m/2025-02-01.json\n"
                        + "acme/broken/2025-01-01.json:1:2: error: json.malformed: Unexpected end-of-input: expected close marker"
                        + " for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                        + "disabled); line: 1, column: 1]) (hint: fix the JSON syntax at this position)\n"
                        + "acme/m/2025-02-01.json:10:43: error: compat.property-removed: #/input/properties/seed: input: property"
                        + " \"seed\" removed [before: acme/m/2025-01-01.json:10:77] (hint: a request valid against the older"
                        + " version can be rejected now; to accept the change, acknowledge it in the newer document: "
                        + "{\"rule\": \"compat.property-removed\", \"pointer\": \"/input/properties/seed\", \"why\": \"...\"})\n"
                        + "1 model compared: 2 errors, 0 warnings, 0 notes\n",
                render(CompatReport.Format.TEXT));
    }

    @Test
    void jsonIsTheLintArrayWithTheOlderPlace() throws Exception {
        JsonNode array = MAPPER.readTree(render(CompatReport.Format.JSON));
        assertEquals(2, array.size());
        assertTrue(array.get(0).get("before").isNull(), "a loader error is no change");
        JsonNode removed = array.get(1);
        assertEquals(
                List.of("severity", "code", "file", "line", "column", "pointer", "message", "hint", "before"),
                List.copyOf(iterable(removed)));
        assertEquals("compat.property-removed", removed.get("code").asText());
        assertEquals("acme/m/2025-02-01.json", removed.get("file").asText());
        JsonNode before = removed.get("before");
        assertEquals("acme/m/2025-01-01.json", before.get("file").asText());
        assertEquals(10, before.get("line").asInt());
        assertEquals(77, before.get("column").asInt());
        assertEquals("/input/properties/seed", before.get("pointer").asText());
    }

    @Test
    void sarifIsValidListsTheCompatRulesAndRelatesTheOlderPlace() throws Exception {
        String sarif = render(CompatReport.Format.SARIF);
        assertEquals(List.of(), SarifSchema.violations(sarif));
        JsonNode log = MAPPER.readTree(sarif);
        List<RuleInfo> catalog = CompatRule.catalog();
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals(catalog.size(), rules.size());
        assertTrue(catalog.stream().anyMatch(r -> r.code().equals("json.malformed")), "loader codes are listed");
        JsonNode removed = log.at("/runs/0/results/1");
        assertEquals("compat.property-removed", removed.get("ruleId").asText());
        assertEquals(
                "compat.property-removed",
                rules.get(removed.get("ruleIndex").asInt()).get("id").asText());
        JsonNode related = removed.at("/relatedLocations/0/physicalLocation");
        assertEquals(
                "acme/m/2025-01-01.json", related.at("/artifactLocation/uri").asText());
        assertEquals(
                SarifReport.ROOT_BASE_ID,
                related.at("/artifactLocation/uriBaseId").asText());
        assertEquals(10, related.at("/region/startLine").asInt());
        assertTrue(log.at("/runs/0/results/0/relatedLocations").isMissingNode());
    }

    @Test
    void everyRuleHasItsSeverityPerSide() {
        for (CompatRule rule : CompatRule.values()) {
            assertTrue(rule.code().startsWith("compat."), rule.code());
            assertEquals(rule.strictest(), rule.info().defaultSeverity());
        }
        assertEquals(
                CompatRule.values().length,
                CompatRule.catalog().stream()
                        .filter(r -> r.code().startsWith("compat."))
                        .count());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
