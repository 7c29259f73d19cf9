package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedSchemaRuleTest {

    private static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";
    private static final String SCHEMA = """
            {"type": "object", "required": ["prompt"], "properties": {"prompt": {"type": "string"},
              "strength": {"type": "number", "default": 1}}}""";
    private static final String SAME_REORDERED = """
            {"properties": {"strength": {"default": 1.0, "type": "number"}, "prompt": {"type": "string"}},
              "required": ["prompt"], "type": "object"}""";

    @TempDir
    Path dir;

    @Test
    void reportsOneSchemaPublishedForModelsOfDifferentTasks() {
        TestRoot root = TestRoot.create(dir)
                .model("inpaint", "inpainting", SCHEMA, PNG, "")
                .model("xl", "text-to-image", SAME_REORDERED, PNG, "")
                .model("img2img", "image-to-image", SCHEMA, PNG, "")
                .model("flux", "text-to-image", "{\"type\": \"object\"}", PNG, "");
        String prefix = "acme/";
        String shared =
                "/2025-01-01.json:10:10: warning: model.shared-schema: #/input: the same input schema is published for 3 models with 3 tasks: ";
        assertEquals(
                List.of(
                        prefix + "img2img" + shared + "inpaint (inpainting), xl (text-to-image) (hint: state what"
                                + " task image-to-image really needs in this model's input (required inputs,"
                                + " ranges) with a refinement; the published schema stays verbatim)",
                        prefix + "inpaint" + shared + "img2img (image-to-image), xl (text-to-image) (hint: state"
                                + " what task inpainting really needs in this model's input (required inputs,"
                                + " ranges) with a refinement; the published schema stays verbatim)",
                        prefix + "xl" + shared + "img2img (image-to-image), inpaint (inpainting) (hint: state what"
                                + " task text-to-image really needs in this model's input (required inputs,"
                                + " ranges) with a refinement; the published schema stays verbatim)"),
                root.lintText(new SharedSchemaRule()));
    }

    @Test
    void acceptsOneSchemaSharedByModelsOfTheSameTask() {
        TestRoot root = TestRoot.create(dir)
                .model("a", "text-to-image", SCHEMA, PNG, "")
                .model("b", "text-to-image", SAME_REORDERED, PNG, "")
                .model("c", "inpainting", "{\"type\": \"object\", \"required\": [\"image\", \"mask\"]}", PNG, "");
        assertEquals(List.of(), root.lintText(new SharedSchemaRule()));
    }
}
