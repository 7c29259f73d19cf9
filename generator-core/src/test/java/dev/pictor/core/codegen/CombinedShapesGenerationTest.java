package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.json.PictorJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes real providers publish, inside one another ({@code golden/generate/combined-shapes}): a nullable union,
 * a nullable open enum, a nullable integer enum whose {@code enum} lists {@code null}, a nullable number enum, a map of nullable enums, a nullable map, a nullable tuple, a tuple
 * with a nullable position, a record with an open enum and typed undeclared members, and a list of a union of a
 * string enum and an integer enum. Each is typed, reads and writes back unchanged, and the generated validator
 * agrees with networknt on values in and out of each shape.
 */
class CombinedShapesGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("combined-shapes");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(CASE.root());
        set = DocumentLoader.load(CASE.root(), new Diagnostics());
    }

    @Test
    void noCombinationFallsBackToJsonValue() {
        Map<String, JavaType> types = fixture.model("mix").request().fields().stream()
                .collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        types.forEach((member, type) -> assertTrue(!type.toString().contains("Passthrough"), member + " is " + type));
        assertEquals(new JavaType.Nullable(new JavaType.UnionRef("Prompt")), types.get("prompt"));
        assertEquals(new JavaType.Nullable(new JavaType.OpenEnumRef("Quality")), types.get("quality"));
        assertEquals(
                new JavaType.Nullable(new JavaType.EnumRef("Count")),
                types.get("count"),
                "type [integer, null] with an enum that lists null");
    }

    @Test
    void everyCombinationReadsAndWritesBackUnchanged() throws Exception {
        Class<?> request = fixture.requestClass("mix");
        List<String> instances = List.of(
                "{\"prompt\":\"a cat\"}",
                "{\"prompt\":[\"a\",\"b\"]}",
                "{\"prompt\":null,\"quality\":null,\"count\":null,\"ratio\":null,\"weights\":null,\"point\":null}",
                "{\"prompt\":\"p\",\"quality\":\"ultra\",\"count\":4,\"ratio\":1.5}",
                "{\"prompt\":\"p\",\"quality\":\"high\",\"count\":1,\"ratio\":0.5}",
                "{\"prompt\":\"p\",\"labels\":{\"a\":\"cat\",\"b\":null,\"c\":\"1:1\"}}",
                "{\"prompt\":\"p\",\"weights\":{\"x\":0.5,\"y\":2.5}}",
                "{\"prompt\":\"p\",\"point\":[3,4],\"pair\":[\"n\",null]}",
                "{\"prompt\":\"p\",\"pair\":[\"n\",7]}",
                "{\"prompt\":\"p\",\"meta\":{\"name\":\"m\",\"level\":\"z\",\"extra\":3,\"more\":9}}",
                "{\"prompt\":\"p\",\"styles\":[\"dog\",150,\"1:1\",75]}");
        for (String json : instances) {
            Object value = PictorJson.read(json, request);
            assertEquals(json, new String(PictorJson.write(value), StandardCharsets.UTF_8), "written back: " + value);
        }
    }

    @Test
    void theGeneratedValidatorAgreesWithNetworknt() throws Exception {
        List<String> instances = List.of(
                "{}",
                "{\"prompt\":\"\"}",
                "{\"prompt\":[]}",
                "{\"prompt\":null}",
                "{\"prompt\":\"p\",\"quality\":\"ultra-high\"}",
                "{\"prompt\":\"p\",\"quality\":\"low\"}",
                "{\"prompt\":\"p\",\"count\":4}",
                "{\"prompt\":\"p\",\"ratio\":1}",
                "{\"prompt\":\"p\",\"labels\":{\"a\":null}}",
                "{\"prompt\":\"p\",\"weights\":{\"x\":0}}",
                "{\"prompt\":\"p\",\"weights\":{\"x\":-0.5}}",
                "{\"prompt\":\"p\",\"point\":[3,0]}",
                "{\"prompt\":\"p\",\"point\":[3,-1]}",
                "{\"prompt\":\"p\",\"pair\":[\"n\",null]}",
                "{\"prompt\":\"p\",\"meta\":{\"extra\":9}}",
                "{\"prompt\":\"p\",\"meta\":{\"extra\":10}}",
                "{\"prompt\":\"p\",\"styles\":[\"dog\",75]}");
        assertEquals(List.of(), fixture.disagreements(set, "mix", instances));
    }
}
