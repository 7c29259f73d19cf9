package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProseRangeRuleTest {

    private static final String PREFIX = "acme/m/2025-01-01.json:";

    @TempDir
    Path dir;

    @Test
    void reportsBoundsWrittenOnlyInEnglishProse() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "strength": {"type": "number", "default": 1, "description": "A value between 0 and 1 indicating how strongly"},
                  "image": {"type": "array", "items": {"type": "number", "description": "A value between 0 and 255"}},
                  "num_images": {"type": "integer", "description": "Images per prompt (Constraint: must be 1 or 2)"},
                  "size": {"type": "integer", "minimum": 256, "description": "Side in pixels, at least 256, at most 2048, a multiple of 64"}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "11:15: warning: description.prose-range: #/input/properties/strength: the description states minimum 0 and maximum"
                                + " 1 but the schema has no minimum or maximum (hint: add them with a refinement;"
                                + " the published schema stays verbatim)",
                        PREFIX
                                + "12:39: warning: description.prose-range: #/input/properties/image/items: the description states minimum 0 and"
                                + " maximum 255 but the schema has no minimum or maximum (hint: add them"
                                + " with a refinement; the published schema stays verbatim)",
                        PREFIX
                                + "13:17: warning: description.prose-range: #/input/properties/num_images: the description states allowed values 1, 2"
                                + " but the schema has no enum (hint: add it with a refinement; the published"
                                + " schema stays verbatim)",
                        PREFIX
                                + "14:11: warning: description.prose-range: #/input/properties/size: the description states maximum 2048 and multiple"
                                + " of 64 but the schema has no maximum or multipleOf (hint: add them with a"
                                + " refinement; the published schema stays verbatim)"),
                root.lintText(new ProseRangeRule()));
    }

    @Test
    void reportsBoundsWrittenOnlyInChineseProse() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_outputs": {"type": "integer", "description": "要生成的图像数量。默认值:1。最小值:1,最大值:4。"},
                  "width": {"type": "integer", "description": "生成图像的宽度(以像素为单位)。需要为 64 的倍数。默认值:768。"},
                  "strength": {"type": "number", "minimum": 0, "description": "强度，介于 0 和 1 之间"}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "11:18: warning: description.prose-range: #/input/properties/num_outputs: the description states minimum 1 and"
                                + " maximum 4 but the schema has no minimum or maximum (hint: add them with a"
                                + " refinement; the published schema stays verbatim)",
                        PREFIX
                                + "12:12: warning: description.prose-range: #/input/properties/width: the description states multiple of 64 but the"
                                + " schema has no multipleOf (hint: add it with a refinement; the published schema"
                                + " stays verbatim)",
                        PREFIX
                                + "13:15: warning: description.prose-range: #/input/properties/strength: the description states maximum 1 but the"
                                + " schema has no maximum (hint: add it with a refinement; the published schema"
                                + " stays verbatim)"),
                root.lintText(new ProseRangeRule()));
    }

    @Test
    void reportsProseThatContradictsTheKeywords() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "steps": {"type": "integer", "maximum": 8, "description": "Number of steps, max 20"},
                  "n": {"type": "integer", "enum": [1, 2, 3], "description": "min 1, max 2"}
                }}""");
        String hint = " (hint: check which the provider enforces and correct the schema with a refinement; the"
                + " published schema stays verbatim)";
        assertEquals(
                List.of(
                        PREFIX
                                + "11:12: warning: description.prose-range: #/input/properties/steps: the description states maximum 20 but the schema"
                                + " has maximum 8" + hint,
                        PREFIX
                                + "12:8: warning: description.prose-range: #/input/properties/n: the description states maximum 2 but the schema allows 3"
                                + hint),
                root.lintText(new ProseRangeRule()));
    }

    @Test
    void acceptsProseTheKeywordsCarryAndNumbersThatAreNoBound() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "strength": {"type": "number", "minimum": 0, "maximum": 1, "description": "A value between 0 and 1"},
                  "guidance": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "from 0 to 10"},
                  "num_images": {"type": "integer", "enum": [1, 2], "description": "must be 1 or 2"},
                  "batch": {"type": "integer", "minimum": 1, "maximum": 2, "description": "must be 1 or 2"},
                  "width": {"type": "integer", "multipleOf": 64, "minimum": 64, "description": "需要为 64 的倍数。最小值：64"},
                  "height": {"type": "integer", "description": "The height of the 1024px image in pixels, 8-bit"},
                  "year": {"type": "integer", "description": "A year of the 2015-2020 catalogue"},
                  "prompt": {"type": "string", "description": "between 1 and 2048 characters"}
                }}""");
        assertEquals(List.of(), root.lintText(new ProseRangeRule()));
    }
}
