package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** The repository's model documents, and requests for them built for the tests. */
final class SeedModels {

    static final int WIDTH = 256;
    static final int HEIGHT = 320;

    private static SchemaSet set;

    private SeedModels() {}

    static synchronized SchemaSet load() {
        if (set == null) {
            Diagnostics diagnostics = new Diagnostics();
            try {
                set = DocumentLoader.load(Http.schemas(), diagnostics);
            } catch (SchemaRootException e) {
                throw new IllegalStateException(e);
            }
            assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        }
        return set;
    }

    static List<ModelDocument> models() {
        return load().models();
    }

    static ModelDocument model(String id) {
        return models().stream().filter(m -> m.model().equals(id)).findFirst().orElseThrow();
    }

    static JsonNode input(ModelDocument model) {
        return model.effectiveInput().toJackson();
    }

    /**
     * A valid request: the document's first example declared valid (else the required properties, and those of the
     * first branch of a top-level {@code anyOf} of requirements when no branch is met), with a small, non-square size
     * where the schema has width and height, and two images where it asks for a count. Checked with the reference
     * validator.
     */
    static ObjectNode validRequest(ModelDocument model) {
        JsonNode schema = input(model);
        JsonNode properties = schema.path("properties");
        Optional<Example> example =
                model.examples().stream().filter(Example::valid).findFirst();
        ObjectNode request =
                example.map(e -> (ObjectNode) e.input().toJackson().deepCopy()).orElseGet(Http.JSON::createObjectNode);
        List<JsonNode> required = new ArrayList<>();
        schema.path("required").forEach(required::add);
        JsonNode anyOf = schema.path("anyOf");
        boolean branchMet = false;
        for (JsonNode branch : anyOf) {
            boolean met = true;
            for (JsonNode name : branch.path("required")) {
                met &= request.has(name.asText());
            }
            branchMet |= met;
        }
        if (!anyOf.isEmpty() && !branchMet) {
            anyOf.get(0).path("required").forEach(required::add);
        }
        for (JsonNode member : required) {
            String name = member.asText();
            if (!request.has(name)) {
                switch (name) {
                    case "prompt" -> request.put("prompt", "a lighthouse at dawn");
                    case "image", "mask" -> request.set(name, uint8(smallPng(name.equals("mask"))));
                    default -> request.set(name, properties.path(name).path("default"));
                }
            }
        }
        if (properties.has("width") && properties.has("height")) {
            request.put("width", WIDTH);
            request.put("height", HEIGHT);
        }
        for (String count : List.of("num_outputs", "num_images", "batch_size")) {
            if (properties.has(count)) {
                request.put(count, 2);
            }
        }
        List<Violation> violations = new ReferenceValidator().validate(schema, model.dialect(), model.file(), request);
        assertEquals(List.of(), violations, "the test's request for " + model.model() + " must be valid");
        return request;
    }

    /** Width and height of the images a request gets: the request's, else the schema's default, else 512. */
    static int[] expectedSize(ModelDocument model, JsonNode request) {
        JsonNode properties = input(model).path("properties");
        int width = request.has("width")
                ? request.get("width").asInt()
                : properties.path("width").path("default").asInt(512);
        int height = request.has("height")
                ? request.get("height").asInt()
                : properties.path("height").path("default").asInt(512);
        return new int[] {width, height};
    }

    static int expectedCount(JsonNode request) {
        for (String count : List.of("num_outputs", "num_images", "batch_size")) {
            if (request.has(count)) {
                return request.get(count).asInt();
            }
        }
        return 1;
    }

    /** PNG unless the output schema names JPEG. */
    static String mediaType(ModelDocument model) {
        String text = model.effectiveOutput().toJackson().toString();
        return text.contains("\"image/jpeg\"") ? "image/jpeg" : "image/png";
    }

    static byte[] smallPng(boolean mask) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, mask ? (x < 4 ? 0xffffff : 0) : (x * 32) << 16 | (y * 32) << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ArrayNode uint8(byte[] bytes) {
        ArrayNode array = Http.JSON.createArrayNode();
        for (byte b : bytes) {
            array.add(b & 0xff);
        }
        return array;
    }
}
