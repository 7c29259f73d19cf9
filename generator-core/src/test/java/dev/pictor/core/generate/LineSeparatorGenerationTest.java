package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.runtime.json.PictorJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * U+2028 and U+2029 (which JavaPoet breaks a line at, and leaves unescaped) in every place schema text reaches the
 * generated Java: a property name, an enum value (closed and open), a pattern, a default, a const, a description, a
 * required and a dependent-required name, and a closed nested object's member. The output compiles with every
 * warning an error, and the values travel through binding, validation and writing unchanged.
 */
class LineSeparatorGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\\u2028", "\\u2029"})
    void everyPlaceCompilesAndKeepsTheCharacter(String escaped) throws Exception {
        String input = """
                {"type": "object", "description": "a%1$sb */ c \\\\u000a d",
                 "properties": {
                   "na%1$sme": {"type": "string", "description": "x%1$sy"},
                   "mode": {"enum": ["a%1$sb", "c"], "description": "one%1$s*/"},
                   "open": {"anyOf": [{"type": "string"}, {"enum": ["a%1$sb", "c"]}]},
                   "pat": {"type": "string", "pattern": "^a%1$s$", "default": "a%1$s"},
                   "k": {"const": "a%1$sb"},
                   "tags": {"type": "object", "properties": {"x%1$s": {"type": "integer"}},
                            "additionalProperties": false, "required": ["x%1$s"]}
                 },
                 "required": ["na%1$sme"],
                 "dependentRequired": {"na%1$sme": ["k"]}}
                """.formatted(escaped);
        ClassLoader loader = OneModelRun.compiled(dir, input);

        String c = escaped.equals("\\u2028") ? "\u2028" : "\u2029";
        String valid = JSON.writeValueAsString(JSON.readTree("""
                {"na%1$sme": "v", "mode": "a%1$sb", "open": "a%1$sb", "pat": "a%1$s", "k": "a%1$sb",
                 "tags": {"x%1$s": 1}}
                """.formatted(escaped)));
        Class<?> request = loader.loadClass("dev.pictor.generated.acme.m.v2025_01_01.MRequest");
        Object bound = PictorJson.read(valid, request);
        assertEquals(JSON.readTree(valid), JSON.readTree(PictorJson.write(bound)), "written back unchanged");
        assertEquals(List.of(), request.getMethod("validate").invoke(bound));

        JsonNode invalid = JSON.readTree(valid);
        ((com.fasterxml.jackson.databind.node.ObjectNode) invalid).put("pat", "b" + c);
        Object wrong = PictorJson.read(invalid.toString(), request);
        assertEquals(
                "[/pat: \"b" + c + "\" does not match the pattern \"^a" + c + "$\"]",
                String.valueOf(request.getMethod("validate").invoke(wrong)));
    }
}
