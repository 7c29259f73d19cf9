package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumNoValueRuleTest {

    private static final String HINT = " (hint: list the values the provider accepts, or remove the keyword with a"
            + " refinement; the published schema stays verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsAnEmptyEnumAndAConstOutsideItsEnum() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "none": {"enum": []},
                  "mode": {"const": "fast", "enum": ["slow", "medium"]},
                  "fine": {"const": 1, "enum": [1.0, 2]}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:20: error: enum.no-value: #/input/properties/none/enum: the enum"
                                + " lists no value: no value is valid" + HINT,
                        "acme/m/2025-01-01.json:12:21: error: enum.no-value: #/input/properties/mode/const: const"
                                + " \"fast\" is not one of the enum values: no value is valid" + HINT),
                root.lintText(new EnumNoValueRule()));
    }

    @Test
    void openApiNullableAdmitsNullBesideAnEmptyEnum() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0).model("m", """
                        {"type": "object", "properties": {
                          "none": {"type": "string", "enum": [], "nullable": true}
                        }}""");
        assertEquals(List.of(), root.lintText(new EnumNoValueRule()));
    }
}
