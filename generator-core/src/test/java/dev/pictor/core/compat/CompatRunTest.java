package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CompatRun#files}: two documents, each in its schemas root. */
class CompatRunTest {

    private static final String V1 = "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}, "
            + "\"seed\": {\"type\": \"integer\"}}}";
    private static final String V2 = "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}}}";

    @TempDir
    Path dir;

    private static List<String> summary(CompatResult result) {
        return result.diagnostics().stream()
                .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                .toList();
    }

    @Test
    void twoFilesOfOneRootGiveWhatTheRootGives() throws Exception {
        CompatFixture f = CompatFixture.in(dir).inputs(V1, V2);
        CompatResult files = CompatRun.files(dir.resolve(CompatFixture.OLD), dir.resolve(CompatFixture.NEW));
        assertEquals(f.run().diagnostics(), files.diagnostics());
        assertEquals(f.run().comparisons(), files.comparisons());
        assertEquals(List.of("ERROR compat.property-removed /input/properties/seed"), summary(files));
        assertEquals("1 model compared: 1 error, 0 warnings, 0 notes", files.summary());
    }

    @Test
    void theTwoFilesMayBeInTwoRoots() throws Exception {
        CompatFixture.in(dir.resolve("a")).version("m", "2025-01-01", V1, CompatFixture.PNG, "");
        CompatFixture.in(dir.resolve("b")).version("m", "2025-02-01", V2, CompatFixture.PNG, "");
        CompatResult result =
                CompatRun.files(dir.resolve("a/" + CompatFixture.OLD), dir.resolve("b/" + CompatFixture.NEW));
        assertEquals(List.of("ERROR compat.property-removed /input/properties/seed"), summary(result));
        assertEquals(
                CompatFixture.OLD,
                result.findings().get(0).before().orElseThrow().location().file());
    }

    @Test
    void aLooseFileIsRefused() throws Exception {
        Path loose = dir.resolve("old.json");
        Files.writeString(loose, "{}");
        CompatFixture.in(dir.resolve("root")).inputs(V1, V2);
        SchemaRootException e = assertThrows(
                SchemaRootException.class, () -> CompatRun.files(loose, dir.resolve("root/" + CompatFixture.NEW)));
        assertTrue(
                e.getMessage()
                        .startsWith("OLD " + loose + " is not in a schemas root: no <provider>/provider.json"
                                + " above it"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        CompatFixture.in(dir).inputs(V1, V2);
        SchemaRootException e = assertThrows(
                SchemaRootException.class,
                () -> CompatRun.files(dir.resolve(CompatFixture.OLD), dir.resolve("acme/m/2030-01-01.json")));
        assertTrue(e.getMessage().startsWith("NEW ") && e.getMessage().endsWith(" does not exist"), e.getMessage());
    }

    @Test
    void aSharedSchemaIsNoModelDocument() {
        CompatFixture.in(dir).inputs(V1, V2).write("acme/common/size.schema.json", "{\"type\": \"integer\"}");
        SchemaRootException e = assertThrows(
                SchemaRootException.class,
                () -> CompatRun.files(dir.resolve(CompatFixture.OLD), dir.resolve("acme/common/size.schema.json")));
        assertTrue(e.getMessage().contains("is not a model document of the schemas root"), e.getMessage());
    }

    @Test
    void theSameFileTwiceIsRefused() {
        CompatFixture.in(dir).inputs(V1, V2);
        assertThrows(
                SchemaRootException.class,
                () -> CompatRun.files(dir.resolve(CompatFixture.NEW), dir.resolve(CompatFixture.NEW)));
    }

    @Test
    void aDocumentThatDoesNotLoadIsReportedAndNothingIsCompared() throws Exception {
        CompatFixture.in(dir).inputs(V1, V2).write(CompatFixture.NEW, "{\"provider\": \"acme\",}");
        CompatResult result = CompatRun.files(dir.resolve(CompatFixture.OLD), dir.resolve(CompatFixture.NEW));
        assertEquals(List.of(), result.comparisons());
        assertEquals(
                List.of("json.malformed"),
                result.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(result.fails(false));
    }

    @Test
    void inARootADocumentThatDoesNotLoadFailsTheRun() {
        CompatResult result = CompatFixture.in(dir)
                .inputs(V1, V2)
                .write("acme/m/2025-03-01.json", "{\"provider\": \"acme\"}")
                .run();
        assertTrue(
                result.diagnostics().stream()
                        .anyMatch(d -> d.code().equals("document.invalid")
                                && d.location().file().equals("acme/m/2025-03-01.json")),
                result.diagnostics()::toString);
        assertTrue(result.fails(false));
    }

    @Test
    void argumentsInTheWrongOrderAreReported() throws Exception {
        CompatFixture.in(dir).inputs(V1, V2);
        CompatResult result = CompatRun.files(dir.resolve(CompatFixture.NEW), dir.resolve(CompatFixture.OLD));
        assertEquals(
                List.of("WARNING compat.version-order /snapshot", "NOTE compat.property-added /input/properties/seed"),
                summary(result));
    }

    @Test
    void twoDifferentModelsCanBeComparedAndSaySo() throws Exception {
        CompatFixture.in(dir)
                .version("m", "2025-01-01", V1, CompatFixture.PNG, "")
                .version("n", "2025-02-01", V1, CompatFixture.PNG, "");
        CompatResult result = CompatRun.files(dir.resolve(CompatFixture.OLD), dir.resolve("acme/n/2025-02-01.json"));
        assertEquals(List.of("WARNING compat.model-changed /model"), summary(result));
        assertEquals(
                "compared m 2025-01-01 -> n 2025-02-01: acme/m/2025-01-01.json -> acme/n/2025-02-01.json",
                result.comparisons().get(0).toText());
    }

    @Test
    void aDialectChangeIsANoteAndEachSchemaIsReadInItsOwnDialect() {
        // OpenAPI 3.0's boolean exclusiveMinimum beside minimum 0 is draft 2020-12's exclusiveMinimum 0: no range
        // change.
        String oas30 = "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\", \"minimum\": 0,"
                + " \"exclusiveMinimum\": true}}}";
        String draft2020 =
                "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\"," + " \"exclusiveMinimum\": 0}}}";
        String png = "{\"type\": \"string\", \"format\": \"binary\"}";
        CompatResult result = CompatFixture.in(dir)
                .version("m", "2025-01-01", Dialect.OPENAPI_3_0, oas30, png, "")
                .version("m", "2025-02-01", Dialect.DRAFT_2020_12, draft2020, png, "")
                .run();
        assertEquals(List.of("NOTE compat.dialect-changed /dialect"), summary(result));
        assertEquals(
                "model: the schemas were OpenAPI 3.0 and are now draft 2020-12 [before: acme/m/2025-01-01.json:9:12]",
                result.diagnostics().get(0).message());
        assertFalse(result.fails(false));
    }

    @Test
    void anOpenApi30BoundMadeExclusiveNarrowsTheRange() {
        String inclusive = "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\", \"minimum\": 0}}}";
        String exclusive = "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\", \"minimum\": 0,"
                + " \"exclusiveMinimum\": true}}}";
        String png = "{\"type\": \"string\", \"format\": \"binary\"}";
        CompatResult result = CompatFixture.in(dir)
                .version("m", "2025-01-01", Dialect.OPENAPI_3_0, inclusive, png, "")
                .version("m", "2025-02-01", Dialect.OPENAPI_3_0, exclusive, png, "")
                .run();
        assertEquals(List.of("ERROR compat.range-narrowed /input/properties/s/minimum"), summary(result));
    }

    /**
     * A {@code $ref} to a URI that {@code pictor-root.json} maps is followed into the mapped file, as generation does
     * (before, the two references were compared as text and the narrowed range went unseen).
     */
    @Test
    void referencesThroughMappedUrisAreCompared() throws Exception {
        CompatFixture.in(dir)
                .write("pictor-root.json", "{\"uriMappings\": {\"https://schemas.example.com/\": \"vendor/\"}}")
                .write("vendor/size-v1.json", "{\"type\": \"integer\", \"minimum\": 64, \"maximum\": 1024}")
                .write("vendor/size-v2.json", "{\"type\": \"integer\", \"minimum\": 64, \"maximum\": 512}")
                .inputs(
                        "{\"type\": \"object\", \"properties\": {\"w\": {\"$ref\": \"https://schemas.example.com/size-v1.json\"}}}",
                        "{\"type\": \"object\", \"properties\": {\"w\": {\"$ref\": \"https://schemas.example.com/size-v2.json\"}}}");
        CompatResult result = CompatRun.root(dir);
        // located where the narrowed bound is written: in the mapped file
        assertEquals(List.of("ERROR compat.range-narrowed /maximum"), summary(result));
        assertEquals(
                "vendor/size-v2.json",
                result.findings().get(0).diagnostic().location().file());
    }

    @Test
    void aMissingRootIsRefused() {
        assertThrows(SchemaRootException.class, () -> CompatRun.root(dir.resolve("nothing")));
    }
}
