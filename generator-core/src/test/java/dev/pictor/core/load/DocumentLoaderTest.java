package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SchemaSet load() throws SchemaRootException {
        return DocumentLoader.load(dir, diagnostics);
    }

    private List<String> findings() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    private static String refTo(String ref) {
        return "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"" + ref + "\"}}}";
    }

    @Test
    void loadsAProviderAndAModelWithItsRefinementsApplied() throws Exception {
        TestRoot.create(dir)
                .model(
                        "m",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\"}}}",
                        "{\"type\": \"string\"}",
                        "\"refinements\": [{\"path\": \"/input/properties/s/maximum\", \"value\": 1, \"why\": \"prose\"}]");
        SchemaSet set = load();
        assertEquals(List.of(), findings());
        ModelDocument model = set.models().get(0);
        assertEquals("acme/m/2025-01-01.json", model.file());
        assertTrue(model.input().at("/properties/s/maximum").isEmpty(), "the published schema stays as published");
        var max = model.effectiveInput().at("/properties/s/maximum").orElseThrow();
        assertEquals("/input/properties/s/maximum", max.pointer());
        assertEquals(
                "acme/m/2025-01-01.json:12",
                max.location().file() + ":" + max.location().line(),
                "a refined value is located where the refinement wrote it");
    }

    @Test
    void anOperationIsReadAndItsMembersAndResponsesMustBeInTheDocument() throws Exception {
        String input = "{\"type\": \"object\", \"properties\": {\"engine_id\": {\"type\": \"string\"},"
                + " \"body\": {\"type\": \"object\"}}}";
        String operation = "\"operation\": {\"file\": \"v1.yaml\", \"infoVersion\": \"v1\", \"line\": 12,"
                + " \"method\": \"POST\", \"path\": \"/v1/generation/{engine_id}/text-to-image\","
                + " \"requestBody\": {\"mediaType\": \"multipart/form-data\", \"member\": \"body\","
                + " \"required\": true},"
                + " \"parameters\": [{\"name\": \"engine_id\", \"in\": \"path\", \"required\": true}],"
                + " \"responses\": [{\"status\": \"200\", \"mediaType\": \"image/png\","
                + " \"schema\": \"/output/anyOf/0\"}]}";
        TestRoot root = TestRoot.create(dir);
        root.model("m", "text-to-image", input, "{\"anyOf\": [{\"type\": \"string\"}]}", operation);
        Operation read = load().models().get(0).operation().orElseThrow();
        assertEquals(List.of(), findings());
        assertEquals(List.of(new Operation.Parameter("engine_id", Operation.In.PATH, true)), read.parameters());
        assertTrue(read.requestBody().orElseThrow().multipart());
        assertTrue(read.responses().get(0).image());

        root.model(
                "m",
                "text-to-image",
                input,
                "{\"type\": \"string\"}",
                operation.replace("engine_id\", \"in", "seed\", \"in"));
        assertTrue(load().models().isEmpty());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:43: error: document.invalid: #/input/properties: operation member"
                                + " \"seed\" is not a property of input (hint: declare it under input.properties, or"
                                + " correct operation)",
                        "acme/m/2025-01-01.json:12:14: error: document.invalid: #/operation: the schema of response 200"
                                + " image/png, /output/anyOf/0, is not in the document (hint: point it at /output, or at"
                                + " a branch of output's anyOf)"),
                findings());
    }

    @Test
    void refinementsThatMissOrChangeNothingAreReported() throws Exception {
        TestRoot.create(dir)
                .model(
                        "m",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"number\", \"maximum\": 1}}}",
                        "{\"type\": \"string\"}",
                        "\"refinements\": [\n{\"path\": \"/input/properties/t/maximum\", \"value\": 1, \"why\": \"x\"},\n"
                                + "{\"path\": \"/input/properties/s/maximum\", \"value\": 1, \"why\": \"x\"},\n"
                                + "{\"path\": \"/input/properties/s/minimum\", \"remove\": true, \"why\": \"x\"}]");
        load();
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:13:10: error: refinement.path-missing: #/refinements/0/path: the parent of"
                                + " /input/properties/t/maximum does not exist in the document (hint: refinements change an"
                                + " existing schema; check the path against the published schema)",
                        "acme/m/2025-01-01.json:14:10: warning: refinement.no-effect: #/refinements/1/path: the refinement sets"
                                + " /input/properties/s/maximum to the value it already has (hint: remove it, or correct the"
                                + " path or the value)",
                        "acme/m/2025-01-01.json:15:10: error: refinement.path-missing: #/refinements/2/path:"
                                + " /input/properties/s/minimum does not exist, so there is nothing to remove (hint:"
                                + " refinements change an existing schema; check the path against the published schema)"),
                findings());
    }

    @Test
    void remoteReferencesAreRefusedAndNeverFetched() throws Exception {
        TestRoot.create(dir).model("m", refTo("https://example.invalid/evil.json"));
        assertEquals(List.of(), load().models());
        assertEquals(1, findings().size());
        assertTrue(
                findings()
                        .get(0)
                        .startsWith("acme/m/2025-01-01.json:10:58: error: ref.remote: "
                                + "#/input/properties/a/$ref: $ref \"https://example.invalid/evil.json\" names a URL"),
                findings().get(0));
    }

    @Test
    void fileUrlsAbsolutePathsAndEscapesAreRefused() throws Exception {
        TestRoot.create(dir)
                .model("a", refTo("file:///etc/passwd"))
                .model("b", refTo("/etc/passwd"))
                .model("c", refTo("../../../outside.schema.json"));
        Files.writeString(dir.getParent().resolve("outside.schema.json"), "{}");
        assertEquals(List.of(), load().models());
        List<String> codes = diagnostics.sorted().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("ref.remote", "ref.outside-root", "ref.outside-root"), codes);
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsNotRead() throws Exception {
        Path outside = Files.createTempDirectory("pictor-outside");
        Path secret = Files.writeString(outside.resolve("secret.schema.json"), "{\"type\": \"string\"}");
        TestRoot.create(dir).model("m", refTo("../outside/secret.schema.json"));
        Files.createDirectories(dir.resolve("acme/outside"));
        Files.createSymbolicLink(dir.resolve("acme/outside/secret.schema.json"), secret);
        assertEquals(List.of(), load().models());
        assertEquals(
                List.of("ref.outside-root", "file.outside-root"),
                diagnostics.sorted().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aLoopOfLinksAndADanglingLinkAreSaidAsSuch() throws Exception {
        TestRoot.create(dir).model("m", "{\"type\": \"object\"}");
        Files.createDirectories(dir.resolve("acme/links"));
        Files.createSymbolicLink(dir.resolve("acme/links/a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("acme/links/b.json"), Path.of("a.json"));
        Files.createSymbolicLink(dir.resolve("acme/links/gone.json"), Path.of("nowhere.json"));
        assertEquals(1, load().models().size());
        assertEquals(
                List.of(
                        "acme/links/a.json:1:1: error: file.unreadable: symbolic link is one of a loop of links; it is"
                                + " not read (hint: make one of the links a file, or remove the loop)",
                        "acme/links/b.json:1:1: error: file.unreadable: symbolic link is one of a loop of links; it is"
                                + " not read (hint: make one of the links a file, or remove the loop)",
                        "acme/links/gone.json:1:1: error: file.unreadable: symbolic link leads to a file that does not"
                                + " exist; it is not read (hint: correct the link, or remove it)"),
                findings());
    }

    @Test
    void referencesInsideTheRootResolve() throws Exception {
        TestRoot.create(dir)
                .write("common/size.schema.json", "{\"$defs\": {\"px\": {\"type\": \"integer\", \"minimum\": 1}}}")
                .model(
                        "m",
                        "{\"type\": \"object\", \"$defs\": {\"n\": {\"type\": \"number\"}}, \"properties\": {"
                                + "\"a\": {\"$ref\": \"../../common/size.schema.json#/$defs/px\"},"
                                + "\"b\": {\"$ref\": \"#/$defs/n\"}}}");
        assertEquals(1, load().models().size());
        assertEquals(List.of(), findings());
    }

    @Test
    void unresolvedReferencesAreLocated() throws Exception {
        TestRoot.create(dir).model("m", refTo("#/$defs/missing"));
        load();
        assertEquals(
                List.of("acme/m/2025-01-01.json:10:58: error: ref.unresolved: #/input/properties/a/$ref: $ref"
                        + " \"#/$defs/missing\" points to nothing: /$defs/missing does not exist in this schema (hint: a local"
                        + " reference is a JSON Pointer from the root of the input or output schema, e.g. #/$defs/Size,"
                        + " or the name of an $anchor, e.g. #size)"),
                findings());
    }

    @Test
    void idsAnchorsMappedPrefixesAndMetaSchemasResolve() throws Exception {
        TestRoot.create(dir)
                .write("pictor-root.json", "{\"uriMappings\": {\"https://example.com/schemas/\": \"vendor/\"}}")
                .write("vendor/size.json", "{\"$defs\": {\"px\": {\"type\": \"integer\"}}}")
                .write("common/named.schema.json", "{\"$id\": \"https://example.com/named\", \"type\": \"string\"}")
                .model(
                        "m",
                        "{\"$id\": \"https://example.com/m/\", \"type\": \"object\", \"$defs\": {"
                                + "\"n\": {\"$anchor\": \"num\", \"type\": \"number\"},"
                                + "\"s\": {\"$id\": \"sub\", \"$defs\": {\"t\": {\"$ref\": \"#/$defs/u\"},"
                                + " \"u\": {\"type\": \"string\"}}}}, \"properties\": {"
                                + "\"a\": {\"$ref\": \"https://example.com/schemas/size.json#/$defs/px\"},"
                                + "\"b\": {\"$ref\": \"#num\"},"
                                + "\"c\": {\"$ref\": \"https://example.com/named\"},"
                                + "\"d\": {\"$ref\": \"sub#/$defs/t\"},"
                                + "\"e\": {\"$ref\": \"https://json-schema.org/draft/2020-12/schema\"}}}");
        assertEquals(1, load().models().size(), findings().toString());
        assertEquals(List.of(), findings());
    }

    @Test
    void aReferenceInsideAnIdThatNamesNothingIsLocated() throws Exception {
        TestRoot.create(dir)
                .model(
                        "m",
                        "{\"$id\": \"https://example.com/m/\", \"type\": \"object\", \"properties\": {"
                                + "\"a\": {\"$ref\": \"other.json\"}, \"b\": {\"$ref\": \"#missing\"}}}");
        assertEquals(List.of(), load().models());
        assertEquals(2, findings().size(), findings().toString());
        assertTrue(
                findings()
                        .get(0)
                        .contains(
                                "error: ref.unresolved: #/input/properties/a/$ref: $ref \"other.json\" resolves"
                                        + " against the enclosing $id to https://example.com/m/other.json, which names nothing"),
                findings().get(0));
        assertTrue(
                findings().get(1).contains("error: ref.unresolved: #/input/properties/b/$ref: $ref \"#missing\""),
                findings().get(1));
    }

    @Test
    void aMappingToAFolderOutsideTheRootOrToNoFolderIsRefusedWhereItIsWritten() throws Exception {
        TestRoot.create(dir)
                .write(
                        "pictor-root.json",
                        "{\"uriMappings\": {\"https://a.example/\": \"../outside/\","
                                + " \"https://b.example/\": \"absent/\"}}")
                .model("m", refTo("https://a.example/x.json"));
        Files.createDirectories(dir.getParent().resolve("outside"));
        Files.writeString(dir.getParent().resolve("outside/x.json"), "{}");
        assertEquals(List.of(), load().models());
        List<String> codes = diagnostics.sorted().stream().map(Diagnostic::code).toList();
        assertEquals(
                List.of("ref.remote", "root.uri-mapping", "root.uri-mapping"),
                codes,
                findings().toString());
        assertTrue(
                findings().get(1).startsWith("pictor-root.json:1:40: error: root.uri-mapping:"),
                findings().get(1));
    }

    @Test
    void aRootConfigurationThatIsNotOneIsReported() throws Exception {
        TestRoot.create(dir).write("pictor-root.json", "{\"uriMapings\": {}}").model("m", "{\"type\": \"object\"}");
        assertEquals(1, load().models().size());
        assertTrue(
                findings().stream().anyMatch(f -> f.startsWith("pictor-root.json:1:2: error: document.unknown-member")),
                findings().toString());
    }

    @Test
    void aDocumentInTheWrongPlaceOrForAnUnknownProviderIsReported() throws Exception {
        TestRoot root = TestRoot.create(dir).model("m", "{}");
        Files.move(
                dir.resolve("acme/m/2025-01-01.json"),
                Files.createDirectories(dir.resolve("acme/n")).resolve("2025-01-01.json"));
        root.write(
                "other/x/2025-01-01.json",
                Files.readString(dir.resolve("acme/n/2025-01-01.json"))
                        .replace("\"acme\"", "\"other\"")
                        .replace("\"m\"", "\"x\""));
        load();
        assertEquals(
                List.of("document.misplaced", "document.unknown-provider"),
                diagnostics.sorted().stream().map(Diagnostic::code).toList());
        assertTrue(
                findings().get(0).contains("move it to acme/m/2025-01-01.json"),
                findings().get(0));
    }

    @Test
    void aFileThatIsNotAModelDocumentSaysWhatIsMissing() throws Exception {
        TestRoot.create(dir).write("acme/m/2025-01-01.json", "{\"name\": \"not a model\"}");
        load();
        List<String> found = findings();
        assertTrue(
                found.stream()
                        .filter(f ->
                                !f.startsWith("acme/m/2025-01-01.json:1:2: error: document.unknown-member: #/name:"))
                        .allMatch(f ->
                                f.startsWith("acme/m/2025-01-01.json:1:") && f.contains(": error: document.invalid: ")),
                String.join("\n", found));
        assertTrue(
                found.stream().anyMatch(f -> f.contains("required property 'provider' not found")),
                String.join("\n", found));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        TestRoot.create(dir);
        try (RandomAccessFile big =
                new RandomAccessFile(dir.resolve("acme/big.json").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        load();
        assertEquals(
                List.of("acme/big.json:1:1: error: file.too-large: the input has 52,428,800 bytes, more than the"
                        + " 4,194,304 bytes (4 MiB) Pictor reads of one input (hint: a schema or an OpenAPI document is"
                        + " far smaller: check that this is the file you meant)"),
                findings());
    }

    /** A pipe named like a document is reported at once, never opened (opening it would wait for a writer). */
    @Test
    void aPipeNamedLikeADocumentIsAFindingAtOnce() throws Exception {
        TestRoot.create(dir);
        Path pipe = dir.resolve("acme/pipe.json");
        assumeTrue(mkfifo(pipe), "this test needs mkfifo");
        assertTimeoutPreemptively(Duration.ofSeconds(10), this::load);
        assertEquals(
                List.of("acme/pipe.json:1:1: error: file.unreadable: is not a regular file (a pipe or a device is never"
                        + " read) (hint: a document is a regular file; rename or remove this entry)"),
                findings());
    }

    @Test
    void aFolderNamedLikeADocumentIsAFinding() throws Exception {
        TestRoot.create(dir);
        Files.createDirectories(dir.resolve("acme/old.json"));
        load();
        assertEquals(
                List.of("acme/old.json:1:1: error: file.unreadable: is a folder named like a document; it is not read"
                        + " (hint: a document is a regular file; rename or remove this entry)"),
                findings());
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void anEmptyRootIsAFinding() throws Exception {
        load();
        assertEquals(
                List.of("root.empty"),
                diagnostics.sorted().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aMissingRootIsAOneLineError() {
        SchemaRootException e =
                assertThrows(SchemaRootException.class, () -> DocumentLoader.load(dir.resolve("nope"), diagnostics));
        assertTrue(e.getMessage().endsWith("nope does not exist"), e.getMessage());
    }

    @Test
    void filesAreReadInSortedOrderAndNeverChanged() throws IOException, SchemaRootException {
        TestRoot.create(dir).model("b", "{}").model("a", "{}").model("B", "{}");
        long before =
                Files.getLastModifiedTime(dir.resolve("acme/a/2025-01-01.json")).toMillis();
        byte[] bytes = Files.readAllBytes(dir.resolve("acme/a/2025-01-01.json"));
        List<String> files = load().models().stream().map(ModelDocument::file).toList();
        assertEquals(List.of("acme/B/2025-01-01.json", "acme/a/2025-01-01.json", "acme/b/2025-01-01.json"), files);
        assertEquals(
                before,
                Files.getLastModifiedTime(dir.resolve("acme/a/2025-01-01.json")).toMillis());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(dir.resolve("acme/a/2025-01-01.json"))));
    }
}
