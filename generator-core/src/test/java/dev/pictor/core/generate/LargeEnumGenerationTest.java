package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.runtime.OpenEnum;
import dev.pictor.runtime.json.PictorJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Enums of more values than a Java enum's static initialiser can hold (javac: {@code code too large} at 3,456 string
 * values) generate a class that compiles with every warning an error, reads and writes each value, refuses an
 * unknown one (keeps it, when open), and lets the validator check the request; 1,000 values stay a Java enum.
 */
class LargeEnumGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE = "dev.pictor.generated.acme.m.v2025_01_01.";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_001, 3_456, 5_000})
    void everyKindOfEnumCompilesAndWorks(int count) throws Exception {
        String strings = IntStream.range(0, count)
                .mapToObj(i -> "\"value " + i + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        String integers = IntStream.range(0, count)
                .mapToObj(i -> String.valueOf(i * 3))
                .collect(Collectors.joining(", ", "[", "]"));
        String numbers = IntStream.range(0, count).mapToObj(i -> i + ".5").collect(Collectors.joining(", ", "[", "]"));
        String input = """
                {"type": "object", "properties": {
                  "mode": {"type": "string", "enum": %1$s},
                  "open": {"anyOf": [{"type": "string"}, {"enum": %1$s}]},
                  "steps": {"type": "integer", "enum": %2$s},
                  "scale": {"type": "number", "enum": %3$s},
                  "modes": {"type": "array", "items": {"type": "string", "enum": %1$s}, "uniqueItems": true}
                }, "required": ["mode"]}
                """.formatted(strings, integers, numbers);
        ClassLoader loader = OneModelRun.compiled(dir, input);

        Class<?> mode = loader.loadClass(PACKAGE + "Mode");
        assertEquals(count <= 1_000, mode.isEnum(), "a Java enum up to 1,000 values");
        Class<?> request = loader.loadClass(PACKAGE + "MRequest");
        int last = count - 1;
        String json = JSON.readTree(
                        "{\"mode\": \"value %1$d\", \"open\": \"elsewhere\", \"steps\": %2$d, \"scale\": %1$d.50,"
                                        .formatted(last, last * 3)
                                + " \"modes\": [\"value 0\", \"value 7\"]}")
                .toString();
        Object bound = PictorJson.read(json, request);
        assertEquals(JSON.readTree(json.replace(last + ".50", last + ".5")), JSON.readTree(PictorJson.write(bound)));
        assertEquals(List.of(), request.getMethod("validate").invoke(bound));
        Object duplicated = PictorJson.read(json.replace("\"value 7\"", "\"value 0\""), request);
        assertEquals(
                "[/modes: items 0 and 1 are equal]",
                String.valueOf(request.getMethod("validate").invoke(duplicated)));

        if (mode.isEnum()) {
            return; // the ordinary form, which EnumGenerationTest covers
        }
        Method of = mode.getMethod("of", String.class);
        Object first = of.invoke(null, "value 0");
        assertEquals("value 0", mode.getMethod("wireValue").invoke(first));
        assertSame(first, of.invoke(null, "value 0"), "one instance per value");
        InvocationTargetException unknown =
                assertThrows(InvocationTargetException.class, () -> of.invoke(null, "nope"));
        assertEquals("not a value of Mode: nope", unknown.getCause().getMessage());
        assertTrue(assertThrows(
                        Exception.class,
                        () -> PictorJson.read(json.replace("\"value " + last + "\"", "\"nope\""), request))
                .getMessage()
                .contains("nope"));

        Class<?> open = loader.loadClass(PACKAGE + "Open_");
        OpenEnum elsewhere = (OpenEnum) open.getMethod("of", String.class).invoke(null, "elsewhere");
        assertFalse(elsewhere.isKnown());
        assertTrue(((OpenEnum) open.getMethod("of", String.class).invoke(null, "value 12")).isKnown());
        assertEquals(count, ((List<?>) open.getMethod("knownValues").invoke(null)).size());

        Class<?> scale = loader.loadClass(PACKAGE + "Scale");
        Object half = scale.getMethod("of", BigDecimal.class).invoke(null, new BigDecimal("0.50"));
        assertEquals(0, new BigDecimal("0.5").compareTo((BigDecimal)
                        scale.getMethod("wireValue").invoke(half)));
        Class<?> steps = loader.loadClass(PACKAGE + "Steps");
        Object three = steps.getMethod("of", long.class).invoke(null, 3L);
        assertEquals(3L, steps.getMethod("wireValue").invoke(three));
    }
}
