package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordInapplicableRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsKeywordsTheTypeMakesMeaningless() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string", "maximum": 10},
                  "image": {"type": "array", "items": {"type": "integer"}, "minimum": 0, "maximum": 255},
                  "seed": {"type": "integer", "properties": {}, "minLength": 1}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:43: warning: keyword.inapplicable:"
                                + " #/input/properties/prompt/maximum: \"maximum\" constrains only numbers, but"
                                + " the type is string, so it has no effect (hint: remove it, or correct"
                                + " the type)",
                        "acme/m/2025-01-01.json:12:71: warning: keyword.inapplicable:"
                                + " #/input/properties/image/minimum: \"minimum\" constrains only numbers, but the"
                                + " type is array, so it has no effect (hint: did you mean to put it under"
                                + " \"items\"?)",
                        "acme/m/2025-01-01.json:12:85: warning: keyword.inapplicable:"
                                + " #/input/properties/image/maximum: \"maximum\" constrains only numbers, but the"
                                + " type is array, so it has no effect (hint: did you mean to put it under"
                                + " \"items\"?)",
                        "acme/m/2025-01-01.json:13:45: warning: keyword.inapplicable:"
                                + " #/input/properties/seed/properties: \"properties\" constrains only objects,"
                                + " but the type is integer, so it has no effect (hint: remove it, or"
                                + " correct the type)",
                        "acme/m/2025-01-01.json:13:62: warning: keyword.inapplicable:"
                                + " #/input/properties/seed/minLength: \"minLength\" constrains only strings, but"
                                + " the type is integer, so it has no effect (hint: remove it, or correct"
                                + " the type)"),
                root.lintText(new KeywordInapplicableRule()));
    }

    @Test
    void reportsDraft07ArrayFormsInADraft2020Document() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "array", "items": [{"type": "string"}], "additionalItems": false}""");
        String hint = " (hint: write the positional schemas as \"prefixItems\", and the schema of any further"
                + " items as \"items\")";
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:37: warning: keyword.inapplicable: #/input/items: \"items\" is an"
                                + " array, the draft-07 form for positional item schemas, which draft 2020-12 no"
                                + " longer has"
                                + hint,
                        "acme/m/2025-01-01.json:10:78: warning: keyword.inapplicable: #/input/additionalItems:"
                                + " \"additionalItems\" is a draft-07 keyword that draft 2020-12 no longer has" + hint),
                root.lintText(new KeywordInapplicableRule()));
    }

    @Test
    void acceptsKeywordsThatFitOrSchemasWithoutType() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "required": ["a"], "properties": {
                  "a": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                  "b": {"minimum": 0, "maxLength": 3},
                  "c": {"type": "array", "prefixItems": [{"type": "string"}], "items": false, "minItems": 1},
                  "d": {"type": "string", "pattern": "^a", "minLength": 1}
                }}""");
        assertEquals(List.of(), root.lintText(new KeywordInapplicableRule()));
    }
}
