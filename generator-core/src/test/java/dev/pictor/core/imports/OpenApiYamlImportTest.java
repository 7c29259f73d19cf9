package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML documents (OpenAI, Together, Stability's source YAML), read with their locations. */
class OpenApiYamlImportTest {

    @TempDir
    Path dir;

    @Test
    void theImageOperationsOfTheYamlDocumentsImportAndLoad() {
        for (Api api : OpenApiDocuments.YAML) {
            Path root = OpenApiImportTest.folder(dir.resolve(api.provider() + "-" + api.file()));
            ImportResult result = run(OpenApiImportTest.openapi(root, api, "2026-12-01", null, null, api.operations()));
            assertFalse(result.failed(), () -> api.file() + text(result.problems()));
            assertEquals(api.operations().size(), result.documents().size(), api.file());
            Diagnostics diagnostics = new Diagnostics();
            assertEquals(
                    api.operations().size(), load(root, diagnostics).models().size());
            assertEquals(List.of(), errors(diagnostics.sorted()), () -> api.file() + text(diagnostics.sorted()));
        }
    }

    /** Stability's source YAML and its bundled JSON give the same documents, apart from the file, line and source. */
    @Test
    void stabilitysYamlAndBundledJsonImportToTheSameDocuments() {
        Path yamlRoot = OpenApiImportTest.folder(dir.resolve("yaml"));
        Path jsonRoot = OpenApiImportTest.folder(dir.resolve("json"));
        ImportResult yaml = run(OpenApiImportTest.openapi(
                yamlRoot,
                OpenApiDocuments.STABILITY_YAML,
                "2026-12-01",
                null,
                null,
                OpenApiDocuments.STABILITY_YAML.operations()));
        assertFalse(yaml.failed(), () -> text(yaml.problems()));
        ImportResult json = run(OpenApiImportTest.openapi(
                jsonRoot,
                OpenApiDocuments.STABILITY,
                "2026-12-01",
                null,
                null,
                OpenApiDocuments.STABILITY.operations()));
        assertFalse(json.failed(), () -> text(json.problems()));
        for (String op : OpenApiDocuments.STABILITY.operations()) {
            String path = "stability-ai/" + op + "/2026-12-01.json";
            assertEquals(comparable(tree(jsonRoot.resolve(path))), comparable(tree(yamlRoot.resolve(path))), op);
        }
    }

    /** A document without what names its origin: the source text, and the operation's file and line. */
    private static JsonNode comparable(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("source");
        ((ObjectNode) copy.get("operation")).remove(List.of("file", "line"));
        return copy;
    }
}
