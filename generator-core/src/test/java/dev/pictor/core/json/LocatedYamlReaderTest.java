package dev.pictor.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocatedYamlReaderTest {

    private static final String PROVIDERS = "provider-data/openapi-providers/";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<LocatedNode> read(String text) {
        return LocatedDocumentReader.read("p/api.yaml", text.getBytes(StandardCharsets.UTF_8), diagnostics);
    }

    private Optional<LocatedNode> provider(String name) throws IOException {
        byte[] content = Files.readAllBytes(TestData.file(PROVIDERS + name));
        return LocatedDocumentReader.read(name, content, diagnostics);
    }

    private List<String> findings() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    /** The one finding of a refused document, its code and location checked, its text returned. */
    private String refused(String text, String where) {
        assertTrue(read(text).isEmpty(), "the document should be refused");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("p/api.yaml:" + where), found.get(0));
        return found.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "openai.openapi.2025-04-29.yaml",
                "recraft.openapi.yaml",
                "stability-v1.openapi.yaml",
                "together.openapi.yaml"
            })
    void everyProviderYamlDocumentReadsWithoutAFinding(String name) throws IOException {
        LocatedNode root = provider(name).orElseThrow(() -> new AssertionError(findings()));
        assertEquals(List.of(), findings());
        assertTrue(root.at("/paths").flatMap(LocatedNode::asObject).isPresent(), name);
        assertTrue(
                root.at("/openapi").flatMap(LocatedNode::asText).orElseThrow().startsWith("3."));
    }

    @Test
    void valuesKnowTheirLineColumnAndPointerInTheYamlFile() throws IOException {
        LocatedNode root = provider("openai.openapi.2025-04-29.yaml").orElseThrow();
        // line 6130: "      operationId: createImage"
        LocatedNode id =
                root.at("/paths/~1images~1generations/post/operationId").orElseThrow();
        assertEquals("createImage", id.asText().orElseThrow());
        assertEquals("openai.openapi.2025-04-29.yaml:6130:20", id.location().toString());
        assertEquals("/paths/~1images~1generations/post/operationId", id.pointer());
        LocatedNode.Member paths = root.asObject().orElseThrow().member("paths").orElseThrow();
        LocatedNode.Member generations = paths.value()
                .asObject()
                .orElseThrow()
                .member("/images/generations")
                .orElseThrow();
        assertEquals(6128, generations.nameLocation().line());
        assertEquals(3, generations.nameLocation().column());
    }

    /** OpenAI writes int64 bounds rounded beyond int64: they read exactly, as JSON numbers are. */
    @Test
    void integersBeyondInt64ReadExactly() throws IOException {
        LocatedNode root = provider("openai.openapi.2025-04-29.yaml").orElseThrow();
        LocatedNumber minimum = (LocatedNumber)
                root.at("/components/schemas/CreateChatCompletionRequest/allOf/1/properties/seed/minimum")
                        .orElseThrow();
        assertEquals("-9223372036854776000", minimum.literal());
        assertEquals(new BigDecimal("-9223372036854776000"), minimum.value());
        assertEquals(new BigInteger("-9223372036854776000"), minimum.toJackson().bigIntegerValue());
        assertEquals(19571, minimum.location().line());
    }

    /** OpenAI repeats a required list through an anchor: the alias reads as the value, at its own pointer. */
    @Test
    void aliasesRepeatTheAnchoredValueAtTheirOwnPointer() throws IOException {
        LocatedNode root = provider("openai.openapi.2025-04-29.yaml").orElseThrow();
        List<LocatedNode> anchored =
                root.at("/components/schemas").orElseThrow().asObject().orElseThrow().members().stream()
                        .map(m -> m.value().at("/required"))
                        .flatMap(Optional::stream)
                        .filter(r ->
                                r.location().line() == 38121) // "      required: &a1", where the anchored list starts
                        .toList();
        assertEquals(
                List.of(
                        "/components/schemas/ApproximateLocation/required",
                        "/components/schemas/InputFileContent/required",
                        "/components/schemas/WebSearchPreviewTool/required"),
                anchored.stream().map(LocatedNode::pointer).sorted().toList());
        assertEquals("[\"type\"]", anchored.get(2).toJackson().toString());
        assertEquals(1, anchored.stream().map(LocatedNode::toJackson).distinct().count());
    }

    /**
     * The source YAML of Stability v1 and the JSON {@code redocly bundle} made of it hold the same paths, once the
     * code samples (external {@code $ref}s in the YAML that the bundle inlined) are set aside.
     */
    @Test
    void stabilityYamlAndItsBundledJsonHoldTheSamePaths() throws IOException {
        JsonNode yaml = withoutCodeSamples(
                provider("stability-v1.openapi.yaml").orElseThrow().at("/paths").orElseThrow());
        JsonNode json = withoutCodeSamples(provider("stability-v1.bundled.openapi.json")
                .orElseThrow()
                .at("/paths")
                .orElseThrow());
        assertEquals(List.of(), findings());
        assertEquals(json, yaml);
    }

    private static JsonNode withoutCodeSamples(LocatedNode paths) {
        ObjectNode copy = (ObjectNode) paths.toJackson();
        copy.forEach(path -> path.forEach(operation -> {
            if (operation instanceof ObjectNode o) {
                o.remove("x-codeSamples");
            }
        }));
        return copy;
    }

    @Test
    void aSyntaxErrorIsLocated() {
        String found = refused("a:\n  b: 1\n c: 2\n", "3:2: error: yaml.malformed: ");
        assertTrue(found.contains("expected <block end>"), found);
        assertTrue(!found.contains("\n"), found);
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        String found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(bomb.toString(), "5:"));
        assertTrue(found.contains("yaml.alias: aliases repeat more than 100,000 values"), found);
    }

    @Test
    void aliasesWithoutTheirAnchorAreRefused() {
        assertTrue(refused("a: *x\n", "1:4: error: yaml.alias: ").contains("has no anchor &x"));
    }

    @Test
    void aRecursiveAliasIsRefused() {
        assertTrue(refused("a: &x\n  b: *x\n", "2:6: error: yaml.alias: ").contains("recursive alias"));
    }

    @Test
    void tenThousandLevelsAreRefusedQuicklyWhereTheLimitIsCrossed() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String found = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> refused(deep, "1:" + (4 + LocatedJsonReader.MAX_DEPTH - 1) + ": "));
        assertTrue(found.contains("error: yaml.too-deep: nesting deeper than 128 levels"), found);
        Diagnostics block = new Diagnostics();
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            nested.append("{a: ");
        }
        nested.append("1").append("}".repeat(10_000));
        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertTrue(
                        LocatedYamlReader.read("deep.yaml", nested.toString().getBytes(StandardCharsets.UTF_8), block)
                                .isEmpty()));
        assertEquals("yaml.too-deep", block.sorted().get(0).code());
    }

    @Test
    void aDuplicateKeyIsLocated() {
        read("a: 1\nb:\n  c: 1\n  c: 2\n");
        assertEquals(
                List.of("p/api.yaml:4:3: error: yaml.duplicate-key: member \"c\" appears twice in /b; readers disagree"
                        + " on which one wins (hint: keep one of them)"),
                findings());
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertTrue(refused("a: 1\n---\nb: 2\n", "3:1: error: yaml.malformed: ").contains("second YAML document"));
    }

    @Test
    void aKeyThatIsNotAStringIsRefused() {
        assertTrue(refused("a: 1\n? [x, y]\n: z\n", "2:").contains("a mapping key is a sequence or a mapping"));
    }

    @Test
    void tagsOtherThanJsonsAreRefused() {
        assertTrue(refused("a: !custom 5\n", "1:4: error: yaml.unsupported: ").contains("the tag !custom"));
    }

    @Test
    void binaryIsRefused() {
        assertTrue(refused("a: !!binary aGVsbG8=\n", "1:4: error: yaml.unsupported: ")
                .contains("!!binary"));
    }

    @Test
    void jsonTagsAreRead() {
        LocatedNode root = read("a: !!str 12\nb: !!int 3\nc: !!map {d: true}\n").orElseThrow();
        assertEquals(List.of(), findings());
        assertEquals(
                "{\"a\":\"12\",\"b\":3,\"c\":{\"d\":true}}", root.toJackson().toString());
    }

    @Test
    void aMergeKeyIsRefused() {
        assertTrue(refused("a: &x {b: 1}\nc:\n  <<: *x\n", "3:3: error: yaml.unsupported: ")
                .contains("merge key"));
    }

    /** YAML 1.1 and 1.2 disagree on these: they are refused, never guessed. */
    @ParameterizedTest
    @ValueSource(strings = {"0x1F", "012", "+12", "1_000", "0o17"})
    void numbersInYamlOnlyFormsAreRefused(String number) {
        Optional<LocatedNode> read = read("a: " + number + "\n");
        if (read.isPresent()) { // YAML 1.1 reads it as a string, as 1.2 does: fine
            assertEquals(
                    number, read.get().at("/a").flatMap(LocatedNode::asText).orElseThrow());
            return;
        }
        assertTrue(
                findings().get(0).startsWith("p/api.yaml:1:4: error: yaml.unsupported: the number " + number),
                findings().toString());
    }

    /** As in YAML 1.2 (and so OpenAPI): yes, no, on and off are strings; an empty value is null. */
    @Test
    void scalarsReadAsYaml12ReadsThem() {
        LocatedNode root = read("a: yes\nb: off\nc: true\nd:\ne: ''\nf: ~\ng: 2024-01-01\nh: 1.5e3\n")
                .orElseThrow();
        assertEquals(List.of(), findings());
        assertEquals(
                "{\"a\":\"yes\",\"b\":\"off\",\"c\":true,\"d\":null,\"e\":\"\",\"f\":null,\"g\":\"2024-01-01\","
                        + "\"h\":1.5E+3}",
                root.toJackson().toString());
        assertEquals("1.5e3", ((LocatedNumber) root.at("/h").orElseThrow()).literal());
    }

    @Test
    void hugeNumbersAreRefusedOnTheirLine() {
        String digits = "9".repeat(200_000);
        assertTrue(refused("a: 1\nb:\n  c: " + digits + "\n", "3:6: error: yaml.number-too-large: ")
                .contains("a number of 200,000 characters"));
        Diagnostics exponent = new Diagnostics();
        assertTrue(LocatedYamlReader.read("e.yaml", "a: 1\nb: 1e999999999\n".getBytes(StandardCharsets.UTF_8), exponent)
                .isEmpty());
        assertTrue(exponent.sorted().get(0).toText().startsWith("e.yaml:2:4: error: yaml.number-too-large: "));
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] content = "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(LocatedDocumentReader.read("p/api.yml", content, diagnostics).isEmpty());
        assertEquals(
                List.of("p/api.yml:2:7: error: file.not-utf8: byte 0xE9 (byte 12 of the file) is not valid UTF-8;"
                        + " Pictor reads every input as UTF-8 (hint: save the file as UTF-8)"),
                findings());
    }

    @Test
    void theReaderIsPickedByTheFileName() {
        assertTrue(LocatedDocumentReader.isYaml("a/b.YAML"));
        assertTrue(LocatedDocumentReader.isYaml("b.yml"));
        assertTrue(!LocatedDocumentReader.isYaml("b.json"));
        byte[] yaml = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(LocatedDocumentReader.read("b.json", yaml, diagnostics).isEmpty());
        assertTrue(
                findings().get(0).startsWith("b.json:1:1: error: json.malformed: "),
                findings().toString());
    }
}
