package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.json.PictorJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maps, records that keep their undeclared members, tuples and recursive records, end to end, on the schemas root
 * {@code src/test/resources/golden/generate/maps-tuples/root}: the generated files match their golden copies (rewrite
 * them with {@code -Dpictor.updateGolden=true}) and compile with every warning an error; JSON with undeclared
 * members, tuples and recursive values reads into the records and writes back unchanged, on the request and the
 * response side; the generated validator agrees with networknt on boundary values of each shape; and a {@code $ref}
 * loop that never moves into the value is a located error, not a stack overflow.
 */
class MapTupleGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("maps-tuples");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(ROOT);
        set = DocumentLoader.load(ROOT, new Diagnostics());
    }

    // ---------------------------------------------------------------- generated files

    // ---------------------------------------------------------------- the linked model

    @Test
    void eachShapeBecomesItsType() {
        LinkedModel m = fixture.model("layouts");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.MapOf(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE)), types.get("weights"));
        assertEquals(new JavaType.RecordRef("Metadata"), types.get("metadata"));
        assertEquals(new JavaType.RecordRef("Labels"), types.get("labels"));
        assertEquals(new JavaType.RecordRef("Size"), types.get("size"));
        assertEquals(new JavaType.RecordRef("Path"), types.get("path"));
        assertEquals(new JavaType.RecordRef("Node"), types.get("layout"));

        RecordDecl metadata = record(m, "Metadata");
        assertEquals(
                Optional.of(new JavaType.MapOf(new JavaType.Scalar(JavaType.ScalarKind.STRING))),
                metadata.rest().map(FieldDecl::type),
                "undeclared members typed by additionalProperties");
        assertEquals(
                Optional.of(new JavaType.MapOf(new JavaType.Passthrough())),
                record(m, "Labels").rest().map(FieldDecl::type),
                "members typed by several patterns are JSON values");

        RecordDecl size = record(m, "Size");
        assertTrue(size.tuple());
        assertEquals(
                List.of("width", "height"),
                size.fields().stream().map(FieldDecl::javaName).toList());
        assertEquals(Optional.empty(), size.rest(), "items: false leaves no rest");
        RecordDecl path = record(m, "Path");
        assertEquals(
                Optional.of(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE))),
                path.rest().map(FieldDecl::type));

        RecordDecl node = record(m, "Node");
        assertEquals(
                new JavaType.ListOf(new JavaType.RecordRef("Node")),
                node.fields().get(1).type(),
                "a recursive schema is a record that refers to itself");
    }

    private static RecordDecl record(LinkedModel m, String name) {
        return m.record(name).orElseThrow(() -> new AssertionError("no record " + name + " in " + m.records()));
    }

    // ---------------------------------------------------------------- reading and writing

    @Test
    void eachShapeReadsAndWritesBackUnchanged() throws Exception {
        List<String> cases = List.of(
                "{\"prompt\":\"p\",\"weights\":{\"zebra\":0.5,\"apple\":1.5,\"mango\":1.25}}",
                "{\"prompt\":\"p\",\"metadata\":{\"seed\":7,\"zeta\":\"z\",\"alpha\":\"a\"}}",
                "{\"prompt\":\"p\",\"metadata\":{\"zeta\":\"z\",\"seed\":7,\"alpha\":\"a\"}}",
                "{\"prompt\":\"p\",\"labels\":{\"x-b\":\"y\",\"n-a\":3}}",
                "{\"prompt\":\"p\",\"size\":[640,480]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",1.5,2.5,3.0]}",
                "{\"prompt\":\"p\",\"path\":[\"line\"]}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"root\",\"children\":[{\"name\":\"a\"},"
                        + "{\"name\":\"b\",\"children\":[{\"name\":\"c\",\"children\":[]}]}]}}");
        Class<?> request = fixture.requestClass("layouts");
        for (String json : cases) {
            Object value = PictorJson.read(json, request);
            String expected = json.replace("{\"zeta\":\"z\",\"seed\":7,", "{\"seed\":7,\"zeta\":\"z\",");
            assertEquals(expected, PictorJson.writeString(value), "written back: " + json);
            assertTrue(fixture.validate("layouts", json).valid(), json);
        }
        Object metadata = request.getMethod("metadata")
                .invoke(PictorJson.read(
                        "{\"prompt\":\"p\",\"metadata\":{\"seed\":7,\"zeta\":\"z\",\"alpha\":\"a\"}}", request));
        assertEquals(
                List.of("zeta", "alpha"),
                List.copyOf(((Map<?, ?>) metadata.getClass()
                                .getMethod("additionalProperties")
                                .invoke(metadata))
                        .keySet()),
                "undeclared members in the order read");
        Object size =
                request.getMethod("size").invoke(PictorJson.read("{\"prompt\":\"p\",\"size\":[640,480]}", request));
        assertEquals(480L, size.getClass().getMethod("height").invoke(size));
    }

    @Test
    void aTupleWithTooManyItemsIsRefused() {
        assertTrue(fixture.validate("layouts", "{\"prompt\":\"p\",\"size\":[1,2,3]}")
                .bindingFailure()
                .orElseThrow()
                .contains("Size holds at most 2 items"));
    }

    @Test
    void aRecursiveResponseReadsAndWritesBack() throws Exception {
        LinkedModel m = fixture.model("layouts");
        Class<?> request = fixture.requestClass("layouts");
        Class<?> response = request.getClassLoader().loadClass(m.javaPackage() + ".LayoutsResponse");
        String json = "{\"image\":\"https://x/a.png\",\"scores\":{\"b\":0.5,\"a\":1},"
                + "\"tree\":{\"label\":\"r\",\"parts\":[{\"label\":\"s\",\"parts\":[{\"label\":\"t\"}]}]}}";
        assertEquals(json.replace("\"a\":1}", "\"a\":1.0}"), PictorJson.writeString(PictorJson.read(json, response)));
    }

    @Test
    void aRefLoopThatNeverEntersTheValueIsALocatedError(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("acme/loop"));
        Files.copy(ROOT.resolve("acme/provider.json"), root.resolve("acme/provider.json"));
        Files.writeString(root.resolve("acme/loop/2025-01-01.json"), """
                {"provider": "acme", "model": "loop", "version": "2025-01-01", "snapshot": "2025-01-01",
                 "task": "text-to-image", "origin": "published", "source": "test",
                 "dialect": "https://json-schema.org/draft/2020-12/schema",
                 "input": {"type": "object", "properties": {"x": {"$ref": "#/$defs/A"}},
                           "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}},
                 "output": {"type": "string", "contentType": "image/png", "format": "binary"}}
                """, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet loaded = DocumentLoader.load(root, diagnostics);
        assertTrue(loaded.models().isEmpty()); // the loader refuses it before any validator or the linker sees it
        Diagnostic loop = diagnostics.sorted().stream()
                .filter(d -> d.code().equals("ref.loop"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        assertEquals("acme/loop/2025-01-01.json", loop.location().file());
        assertTrue(loop.location().line() > 0);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void theValidatorAgreesWithTheReferenceValidator() throws Exception {
        List<String> instances = List.of(
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"p\",\"weights\":{}}",
                "{\"prompt\":\"p\",\"weights\":{\"a\":0,\"b\":2}}",
                "{\"prompt\":\"p\",\"weights\":{\"a\":-0.1}}",
                "{\"prompt\":\"p\",\"weights\":{\"a\":2.01}}",
                "{\"prompt\":\"p\",\"weights\":{\"a\":\"x\"}}",
                "{\"prompt\":\"p\",\"weights\":[]}",
                "{\"prompt\":\"p\",\"weights\":{\"a\":null}}",
                "{\"prompt\":\"p\",\"metadata\":{\"k\":null}}",
                "{\"prompt\":\"p\",\"labels\":{\"x-a\":null}}",
                "{\"prompt\":\"p\",\"path\":[\"line\",null]}",
                "{\"prompt\":\"p\",\"size\":[1,null]}",
                "{\"prompt\":\"p\",\"metadata\":{}}",
                "{\"prompt\":\"p\",\"metadata\":{\"seed\":0,\"k\":\"12345678\"}}",
                "{\"prompt\":\"p\",\"metadata\":{\"seed\":-1}}",
                "{\"prompt\":\"p\",\"metadata\":{\"k\":\"123456789\"}}",
                "{\"prompt\":\"p\",\"metadata\":{\"k\":1}}",
                "{\"prompt\":\"p\",\"metadata\":{\"seed\":\"7\"}}",
                "{\"prompt\":\"p\",\"labels\":{}}",
                "{\"prompt\":\"p\",\"labels\":{\"x-a\":\"s\",\"n-b\":0}}",
                "{\"prompt\":\"p\",\"labels\":{\"n-b\":-1}}",
                "{\"prompt\":\"p\",\"labels\":{\"x-a\":1}}",
                "{\"prompt\":\"p\",\"labels\":{\"other\":\"s\"}}",
                "{\"prompt\":\"p\",\"labels\":{\"n-x-\":1}}",
                "{\"prompt\":\"p\",\"size\":[1,1]}",
                "{\"prompt\":\"p\",\"size\":[0,1]}",
                "{\"prompt\":\"p\",\"size\":[1,0]}",
                "{\"prompt\":\"p\",\"size\":[1]}",
                "{\"prompt\":\"p\",\"size\":[]}",
                "{\"prompt\":\"p\",\"size\":[1,2,3]}",
                "{\"prompt\":\"p\",\"size\":[1.0,2]}",
                "{\"prompt\":\"p\",\"size\":[1.5,2]}",
                "{\"prompt\":\"p\",\"size\":{\"width\":1}}",
                "{\"prompt\":\"p\",\"path\":[]}",
                "{\"prompt\":\"p\",\"path\":[\"line\"]}",
                "{\"prompt\":\"p\",\"path\":[\"arc\"]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",1,2.5]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",\"x\"]}",
                "{\"prompt\":\"p\",\"path\":[1]}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\"}}",
                "{\"prompt\":\"p\",\"layout\":{}}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\",\"children\":[{\"name\":\"a\"},{\"name\":\"b\"},"
                        + "{\"name\":\"c\"}]}}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\",\"children\":[{\"name\":\"a\"},{\"name\":\"b\"},"
                        + "{\"name\":\"c\"},{\"name\":\"d\"}]}}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\",\"children\":[{\"name\":\"a\",\"children\":"
                        + "[{\"name\":\"far-too-long-name\"}]}]}}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\",\"children\":[{\"name\":\"a\",\"children\":"
                        + "[{\"name\":\"b\",\"extra\":1}]}]}}",
                "{\"prompt\":\"p\",\"layout\":{\"name\":\"r\",\"children\":[{}]}}");
        ReferenceValidator reference = new ReferenceValidator();
        LinkedModel m = fixture.model("layouts");
        ModelDocument doc = set.models().stream()
                .filter(d -> d.file().equals(m.file()))
                .findFirst()
                .orElseThrow();
        JsonNode schema = doc.effectiveInput().toJackson();
        List<String> mismatches = new ArrayList<>();
        int invalid = 0;
        for (String instance : instances) {
            boolean expected = reference
                    .validate(schema, doc.dialect(), doc.file(), JSON.readTree(instance))
                    .isEmpty();
            invalid += expected ? 0 : 1;
            ValidatorFixture.Outcome outcome = fixture.validate("layouts", instance);
            if (outcome.valid() != expected) {
                mismatches.add(instance + " is " + (expected ? "valid" : "invalid") + " for networknt, generated: "
                        + outcome.lines());
            }
        }
        assertEquals(List.of(), mismatches, instances.size() + " instances compared");
        assertTrue(invalid > instances.size() / 3, "the boundary values include invalid ones: " + invalid);
    }
}
