package dev.pictor.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * networknt reaches what generation reaches by absolute URI: a shared file under a prefix {@code pictor-root.json}
 * maps, and a shared file by the {@code $id} it declares; so that lint and {@code pictor validate} check a request
 * against the same schema the generated validator checks, and nothing is fetched.
 */
class ReferenceValidatorUrisTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mappedPrefixesAndDeclaredIdsResolveToSharedFiles(@TempDir Path temp) throws Exception {
        TestRoot root = TestRoot.create(temp)
                .write("pictor-root.json", "{\"uriMappings\": {\"https://schemas.example.com/\": \"vendor/\"}}")
                .write("vendor/size.json", "{\"type\": \"integer\", \"minimum\": 64, \"maximum\": 1024}")
                .write(
                        "common/steps.schema.json",
                        "{\"$id\": \"https://acme.example/steps\", \"type\": \"integer\", \"maximum\": 50}")
                .model("m", """
                        {"type": "object", "properties": {
                          "width": {"$ref": "https://schemas.example.com/size.json"},
                          "steps": {"$ref": "https://acme.example/steps"}}}
                        """);
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = DocumentLoader.load(root.path(), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        ModelDocument model = set.models().get(0);
        ReferenceValidator validator = ReferenceValidator.forSchemas(set);

        assertEquals(List.of(), violations(validator, model, "{\"width\": 64, \"steps\": 50}"));
        assertEquals(
                List.of("/steps maximum", "/width minimum"),
                violations(validator, model, "{\"width\": 5, \"steps\": 51}"));
    }

    private static List<String> violations(ReferenceValidator validator, ModelDocument model, String instance)
            throws Exception {
        JsonNode request = JSON.readTree(instance);
        return validator.validate(model.effectiveInput().toJackson(), model.dialect(), model.file(), request).stream()
                .map(v -> v.pointer() + " " + v.keyword())
                .toList();
    }
}
