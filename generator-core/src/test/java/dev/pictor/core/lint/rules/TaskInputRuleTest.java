package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskInputRuleTest {

    private static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";
    private static final String HINT = " (hint: set /input/required to what the model really needs with a"
            + " refinement; the published schema stays verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsAnInpaintingModelThatRequiresNeitherImageNorMask() {
        TestRoot root = TestRoot.create(dir).model("m", "inpainting", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string"},
                  "image": {"type": "array", "items": {"type": "number"}},
                  "image_b64": {"type": "string"},
                  "mask": {"type": "array", "items": {"type": "number"}},
                  "mask_blur": {"type": "integer"},
                  "num_images": {"type": "integer"}
                },
                "required": ["prompt"]}""", PNG, "");
        assertEquals(
                List.of("acme/m/2025-01-01.json:18:13: warning: task.input-optional: #/input/required: task"
                        + " inpainting needs an image and a mask, but the schema requires neither"
                        + " \"image\"/\"image_b64\" nor \"mask\"" + HINT),
                root.lintText(new TaskInputRule()));
    }

    /** An OpenAPI operation's input wraps its parameters and body; the image is required by the body, a component. */
    @Test
    void looksThroughAnOperationsBodyMemberAndAllOfReferences() {
        String operation = "\"operation\": {\"file\": \"v1.yaml\", \"infoVersion\": \"v1\", \"line\": 3,"
                + " \"method\": \"POST\", \"path\": \"/v1/{engine_id}/image-to-image\", \"requestBody\":"
                + " {\"mediaType\": \"multipart/form-data\", \"member\": \"body\", \"required\": true},"
                + " \"parameters\": [{\"name\": \"engine_id\", \"in\": \"path\", \"required\": true}],"
                + " \"responses\": [{\"status\": \"200\", \"mediaType\": \"image/png\", \"schema\": \"/output\"}]}";
        String wrapper = """
                {"type": "object", "properties": {"engine_id": {"type": "string"}, "body": {"$ref": "#/$defs/Body"}},
                 "required": ["engine_id", "body"],
                 "$defs": {"Body": {"type": "object", "properties": {"init_image": {"type": "string"}},
                   "required": %s}}}""";
        TestRoot root = TestRoot.create(dir)
                .model("required", "image-to-image", wrapper.formatted("[\"init_image\"]"), PNG, operation)
                .model("optional", "image-to-image", wrapper.formatted("[]"), PNG, operation)
                .model("allof", "image-to-image", """
                        {"allOf": [{"$ref": "#/$defs/A"}], "$defs": {"A": {"type": "object",
                          "properties": {"image": {"type": "string"}}, "required": ["image"]}}}""", PNG, "");
        assertEquals(
                List.of(
                        "acme/optional/2025-01-01.json:13:16: warning: task.input-optional: #/input/$defs/Body/required:"
                                + " task image-to-image needs an image, but the schema does not require \"init_image\" (hint:"
                                + " set /input/$defs/Body/required to what the model really needs with a refinement; the"
                                + " published schema stays verbatim)"),
                root.lintText(new TaskInputRule()));
    }

    @Test
    void reportsTheOneMissingInputAndWhereThereIsNoRequiredAtAll() {
        TestRoot root = TestRoot.create(dir)
                .model("inpaint", "inpainting", """
                        {"type": "object", "required": ["init_image"], "properties": {"init_image": {"type": "string"},
                          "mask_image": {"type": "string"}}}""", PNG, "")
                .model("nomask", "inpainting", """
                        {"type": "object", "required": ["image"], "properties": {"image": {"type": "string"}}}""", PNG, "")
                .model("i2i", "image-to-image", """
                        {"type": "object", "properties": {"image_url": {"type": "string"}}}""", PNG, "");
        assertEquals(
                List.of(
                        "acme/i2i/2025-01-01.json:10:10: warning: task.input-optional: #/input: task image-to-image"
                                + " needs an image, but the schema does not require \"image_url\"" + HINT,
                        "acme/inpaint/2025-01-01.json:10:41: warning: task.input-optional: #/input/required: task"
                                + " inpainting needs an image and a mask, but the schema does not require"
                                + " \"mask_image\"" + HINT,
                        "acme/nomask/2025-01-01.json:10:41: warning: task.input-optional: #/input/required: task"
                                + " inpainting needs an image and a mask, but the schema does not require a mask"
                                + " (hint: add the missing input to /input/properties and require it with"
                                + " a refinement; the published schema stays verbatim)"),
                root.lintText(new TaskInputRule()));
    }

    @Test
    void acceptsInputsRequiredDirectlyOrByEveryBranch() {
        TestRoot root = TestRoot.create(dir)
                .model("inpaint", "inpainting", """
                        {"type": "object", "required": ["image", "mask"], "properties": {
                          "image": {"type": "string"}, "mask": {"type": "string"}}}""", PNG, "")
                .model("i2i", "image-to-image", """
                        {"type": "object", "properties": {"image_url": {"type": "string"}, "image_b64": {"type": "string"}},
                         "anyOf": [{"required": ["image_url"]}, {"required": ["image_b64"]}]}""", PNG, "")
                .model("t2i", "text-to-image", """
                        {"type": "object", "properties": {"image": {"type": "string"}}}""", PNG, "");
        assertEquals(List.of(), root.lintText(new TaskInputRule()));
    }
}
