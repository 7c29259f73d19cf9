package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaIdResolver;
import dev.pictor.core.model.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The editor meta-schema ({@code model-document.editor.schema.json}) is the loader's model document meta-schema with
 * {@code input} and {@code output} typed as JSON Schemas of the document's dialect; every model document of the
 * repository conforms to it, and a bad input schema is caught by it (while the loader leaves that to
 * {@code schema.invalid}).
 */
class EditorMetaSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String META = "/dev/pictor/core/meta/";

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = EditorMetaSchemaTest.class.getResourceAsStream(META + name)) {
            assertNotNull(in, name);
            return JSON.readTree(in);
        }
    }

    private static Schema editorSchema() throws IOException {
        // The OpenAPI meta-schemas are resolved to the bundled copies, as an offline editor would be pointed at them.
        SchemaIdResolver bundledOpenApi = iri -> iri.toString().startsWith("https://spec.openapis.org/oas/")
                ? AbsoluteIri.of("classpath:dev/pictor/core/meta/json-schema/oas/"
                        + iri.toString().substring("https://spec.openapis.org/oas/".length()))
                : null;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.add(bundledOpenApi)));
        Schema schema = registry.getSchema(
                SchemaLocation.of("https://pictor.dev/meta/model-document.editor.schema.json"),
                resource("model-document.editor.schema.json"));
        schema.initializeValidators();
        return schema;
    }

    @Test
    void isTheLoadersMetaSchemaWithTypedInputAndOutput() throws IOException {
        ObjectNode editor =
                (ObjectNode) resource("model-document.editor.schema.json").deepCopy();
        ObjectNode loader = (ObjectNode) resource("model-document.schema.json");
        for (String member : List.of("$id", "title", "description")) {
            editor.set(member, loader.get(member));
        }
        JsonNode typing = editor.remove("allOf");
        assertEquals(loader, editor, "the editor meta-schema differs from the loader's beyond input/output typing");
        // One rule per dialect: input and output refer to the meta-schema the dialect URI names.
        assertEquals(Dialect.values().length, typing.size());
        for (int i = 0; i < typing.size(); i++) {
            JsonNode rule = typing.get(i);
            String dialect = rule.at("/if/properties/dialect/const").asText();
            assertTrue(Dialect.fromUri(dialect).isPresent(), dialect);
            for (String member : List.of("input", "output")) {
                assertEquals(
                        dialect, rule.at("/then/properties/" + member + "/$ref").asText());
            }
        }
    }

    @Test
    void everyRepositoryModelDocumentConforms() throws IOException {
        Path root = Path.of(System.getProperty("pictor.schemas"));
        Schema schema = editorSchema();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(EditorMetaSchemaTest::isModelDocument).sorted().toList()) {
                checked++;
                for (Error e : schema.validate(JSON.readTree(file.toFile()))) {
                    failures.add(root.relativize(file) + ": " + e);
                }
            }
        }
        assertTrue(checked > 0, "no model document found under " + root);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static boolean isModelDocument(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json")
                && !name.endsWith(".schema.json")
                && !name.equals("provider.json")
                && !name.equals("pictor-lint.json")
                && Files.isRegularFile(file)
                && Stream.of(file.toString().split("[/\\\\]"))
                        .noneMatch(p -> p.startsWith(".") && p.length() > 2 || p.startsWith("target"));
    }

    @Test
    void checksInsideInputByTheDocumentsDialect() throws IOException {
        Schema schema = editorSchema();
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"provider": "acme", "model": "painter", "version": "2025-01-01", "snapshot": "2025-01-01",
                 "task": "text-to-image", "origin": "authored", "source": "a test",
                 "dialect": "https://json-schema.org/draft/2020-12/schema",
                 "input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
                 "output": {"type": "string", "contentType": "image/png"}}
                """);
        assertTrue(schema.validate(document).isEmpty(), "a valid document");
        ((ObjectNode) document.get("input")).put("type", 5);
        assertFalse(schema.validate(document).isEmpty(), "type 5 is no JSON Schema");
        document.put("dialect", "http://json-schema.org/draft-07/schema#");
        ((ObjectNode) document.get("input")).put("type", "object");
        ((ObjectNode) document.get("input")).put("exclusiveMinimum", true);
        assertFalse(schema.validate(document).isEmpty(), "draft-07's exclusiveMinimum is a number");
        document.put("dialect", "https://json-schema.org/draft/2020-12/schema");
        ((ObjectNode) document.get("input")).remove("exclusiveMinimum");
        ((ObjectNode) document.get("input")).put("dependentRequired", 5);
        assertFalse(schema.validate(document).isEmpty(), "2020-12's dependentRequired is an object");
        document.put("dialect", "http://json-schema.org/draft-07/schema#");
        assertTrue(schema.validate(document).isEmpty(), "draft-07 has no dependentRequired");
        document.put("dialect", Dialect.OPENAPI_3_0.uri());
        ((ObjectNode) document.get("input")).remove("dependentRequired");
        ((ObjectNode) document.get("output")).remove("contentType");
        ((ObjectNode) document.get("input")).put("nullable", true).put("exclusiveMinimum", true);
        assertTrue(schema.validate(document).isEmpty(), "OpenAPI 3.0 has nullable and boolean bounds");
        ((ObjectNode) document.get("input")).putArray("type").add("object").add("null");
        assertFalse(schema.validate(document).isEmpty(), "OpenAPI 3.0 has no type arrays");
        document.put("dialect", Dialect.OPENAPI_3_1.uri());
        ((ObjectNode) document.get("input")).remove("exclusiveMinimum");
        assertTrue(schema.validate(document).isEmpty(), "OpenAPI 3.1 has type arrays");
        ((ObjectNode) document.get("input")).putObject("discriminator");
        assertFalse(schema.validate(document).isEmpty(), "OpenAPI 3.1's discriminator names its property");
    }

    @Test
    void theBundledDraftMetaSchemasAreTheValidatorsOwn() throws IOException {
        List<String> names = List.of(
                "draft-07/schema",
                "draft/2020-12/schema",
                "draft/2020-12/meta/core",
                "draft/2020-12/meta/applicator",
                "draft/2020-12/meta/unevaluated",
                "draft/2020-12/meta/validation",
                "draft/2020-12/meta/meta-data",
                "draft/2020-12/meta/format-annotation",
                "draft/2020-12/meta/format-assertion",
                "draft/2020-12/meta/content");
        for (String name : names) {
            try (InputStream bundled = EditorMetaSchemaTest.class.getResourceAsStream(META + "json-schema/" + name);
                    InputStream validators = SchemaRegistry.class.getResourceAsStream("/" + name)) {
                assertNotNull(bundled, "bundled " + name);
                assertNotNull(validators, "the validator's " + name);
                assertArrayEquals(validators.readAllBytes(), bundled.readAllBytes(), name);
            }
        }
    }
}
