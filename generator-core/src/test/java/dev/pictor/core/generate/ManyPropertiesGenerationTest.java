package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.runtime.json.PictorJson;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects of more properties than a record's constructor can take (javac: {@code too many parameters} at 255)
 * generate a final class that compiles with every warning an error, is built, read and written as the record would
 * be, and is validated; what no form fits is a located ERROR naming the limit, and nothing is written.
 */
class ManyPropertiesGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE = "dev.pictor.generated.acme.m.v2025_01_01.";

    @TempDir
    Path dir;

    /** {@code count} properties: p0 a required string, then integers, lists, a nullable, a map and an enum. */
    private static String input(int count) {
        String properties = IntStream.range(0, count)
                .mapToObj(i -> "\"p" + i + "\": "
                        + switch (i % 6) {
                            case 0 -> "{\"type\": \"string\", \"maxLength\": 5}";
                            case 1 -> "{\"type\": \"integer\", \"minimum\": 0}";
                            case 2 -> "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}";
                            case 3 -> "{\"type\": [\"number\", \"null\"]}";
                            case 4 -> "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}";
                            default -> "{\"enum\": [\"a\", \"b\"]}";
                        })
                .collect(Collectors.joining(",\n", "{", "}"));
        return "{\"type\": \"object\", \"properties\": " + properties
                + ", \"required\": [\"p0\", \"p1\"], \"additionalProperties\": false}";
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255, 300, 1_000})
    void compilesBuildsAndRoundTrips(int count) throws Exception {
        ClassLoader loader = OneModelRun.compiled(dir, input(count));
        Class<?> request = loader.loadClass(PACKAGE + "MRequest");
        assertEquals(count <= 254, request.isRecord(), "a record up to 254 properties");

        ObjectNode json = JSON.createObjectNode();
        json.put("p0", "hi").put("p1", 7);
        json.putArray("p2").add("x").add("y");
        json.putNull("p3");
        json.putObject("p4").put("k", 1);
        json.put("p5", "b");
        int last = count - 1;
        switch (last % 6) {
            case 0 -> json.put("p" + last, "last");
            case 1 -> json.put("p" + last, 1);
            case 2 -> json.putArray("p" + last).add("last");
            case 3 -> json.put("p" + last, 0.5);
            case 4 -> json.putObject("p" + last);
            default -> json.put("p" + last, "a");
        }
        Object bound = PictorJson.read(json.toString(), request);
        assertEquals(json, JSON.readTree(PictorJson.write(bound)), "written back as read");
        assertEquals(List.of(), request.getMethod("validate").invoke(bound));
        assertEquals(bound, PictorJson.read(json.toString(), request), "equal values, equal objects");
        assertEquals(bound.hashCode(), PictorJson.read(json.toString(), request).hashCode());
        assertEquals(List.of("x", "y"), request.getMethod("p2").invoke(bound));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((List<?>) request.getMethod("p2").invoke(bound)).clear(),
                "lists are copied, immutable");
        assertTrue(bound.toString().startsWith("MRequest[p0=hi, p1=7, p2=[x, y], p3="), bound.toString());

        Method builder = request.getMethod("builder", String.class, long.class);
        Object b = builder.invoke(null, "toolong", 3L);
        b.getClass().getMethod("p3", double.class).invoke(b, 2.5);
        b.getClass().getMethod("p2", List.class).invoke(b, List.of("z"));
        Object built = b.getClass().getMethod("build").invoke(b);
        assertEquals(
                "{\"p0\":\"toolong\",\"p1\":3,\"p2\":[\"z\"],\"p3\":2.5}",
                new String(PictorJson.write(built), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                "[/p0: \"toolong\" is longer than the maximum length 5]",
                String.valueOf(request.getMethod("validate").invoke(built)));
        assertNotEquals(bound, built);

        assertThrows(Exception.class, () -> PictorJson.read("{\"p0\": \"a\", \"p1\": 1, \"other\": 1}", request));
        assertThrows(Exception.class, () -> PictorJson.read("{\"p0\": null, \"p1\": 1}", request));
    }

    @Test
    void whatNoFormFitsIsALocatedError() throws Exception {
        String tuple = IntStream.range(0, 255)
                .mapToObj(i -> "{\"type\": \"string\"}")
                .collect(Collectors.joining(
                        ", ",
                        "{\"type\": \"object\", \"properties\": {\"t\": {\"type\": \"array\"," + " \"prefixItems\": [",
                        "]}}}"));
        String rest = input(300)
                .replace("\"additionalProperties\": false", "\"additionalProperties\": {\"type\": \"integer\"}");
        // 200 components make a record, but its builder would take 200 required longs: 400 parameter slots
        String required = IntStream.range(0, 200)
                        .mapToObj(i -> "\"n" + i + "\": {\"type\": \"integer\"}")
                        .collect(Collectors.joining(", ", "{\"type\": \"object\", \"properties\": {", "}, "))
                + IntStream.range(0, 200)
                        .mapToObj(i -> "\"n" + i + "\"")
                        .collect(Collectors.joining(", ", "\"required\": [", "]}"));
        Map<String, String> cases = Map.of(
                tuple,
                "cannot generate T: the tuple has 256 components (its positions and the items after them), more than the 254",
                rest,
                "cannot generate MRequest: the object has 301 components",
                input(1_001),
                "cannot generate MRequest: the object declares 1001 properties, more than the 1000",
                required,
                "cannot generate MRequest: its builder would take its required properties in 400 parameter slots");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path run = dir.resolve("refused" + c.getValue().length());
            GenerateResult result = OneModelRun.generate(run, c.getKey());
            assertTrue(result.failed());
            List<String> errors = result.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::toText)
                    .toList();
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("generate.too-many-properties"), errors.get(0));
            assertTrue(errors.get(0).contains(c.getValue()), errors.get(0));
            assertTrue(errors.get(0).startsWith("acme/m/2025-01-01.json:"), errors.get(0));
            assertTrue(!Files.exists(run.resolve("out")), "nothing written");
        }
    }
}
