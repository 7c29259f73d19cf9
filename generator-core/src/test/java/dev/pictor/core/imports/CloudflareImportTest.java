package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.cloudflare;
import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.read;
import static dev.pictor.core.imports.ImportFixture.realCloudflareFiles;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static dev.pictor.core.imports.ImportFixture.write;
import static dev.pictor.core.testing.FileTrees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.ImportResult.Status;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing Cloudflare Workers AI catalog files: the three real ones, other layouts and tasks, and bad inputs. */
class CloudflareImportTest {

    static final String CF = "cloudflare-workers-ai";
    static final String FLUX = CF + "/black-forest-labs/flux-1-schnell/2025-11-22.json";
    static final String IMG2IMG = CF + "/runwayml/stable-diffusion-v1-5-img2img/2025-11-22.json";
    static final String SDXL = CF + "/stabilityai/stable-diffusion-xl-base-1.0/2025-11-22.json";

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private Path root() {
        return ImportFixture.root(dir.resolve("schemas"), CF);
    }

    @Test
    void importsTheThreeRealFilesVerbatim() {
        Path root = root();
        ImportResult result = run(cloudflare(root, "2025-11-22", realCloudflareFiles()));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertEquals(
                List.of(FLUX, IMG2IMG, SDXL),
                result.documents().stream()
                        .map(ImportResult.ImportedDocument::documentPath)
                        .toList());
        assertTrue(result.documents().stream().allMatch(d -> d.status() == Status.WRITTEN));

        for (Path file : realCloudflareFiles()) {
            JsonNode published = tree(file);
            String model = published.get("name").asText();
            JsonNode doc = tree(root.resolve(CF + "/" + model.substring(4) + "/2025-11-22.json"));
            // Verbatim: the same members in the same order, the same values and number literals.
            assertEquals(
                    published.get("schema").get("input").toString(),
                    doc.get("input").toString(),
                    model);
            assertEquals(
                    published.get("schema").get("output").toString(),
                    doc.get("output").toString(),
                    model);
            assertEquals(model, doc.get("model").asText());
            assertEquals("text-to-image", doc.get("task").asText(), "the catalog's task, Text-to-Image");
            assertEquals(
                    published.get("description").asText(),
                    doc.get("description").asText());
            assertEquals("published", doc.get("origin").asText());
            assertEquals("2025-11-22", doc.get("snapshot").asText());
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    doc.get("dialect").asText());
            String source = doc.get("source").asText();
            assertTrue(source.startsWith("Cloudflare Workers AI model catalog entry " + file.getFileName()), source);
            assertTrue(source.contains("catalog id " + published.get("id").asText()), source);
            assertFalse(source.contains(file.getParent().toString()), "no absolute path in " + source);
            assertFalse(doc.has("providerVersion"));
        }
        JsonNode flux = tree(root.resolve(FLUX));
        assertFalse(flux.get("deprecated").asBoolean(), "flux-1-schnell says deprecated: false");
        assertTrue(flux.get("source")
                .asText()
                .contains("created_at, 2024-08-29 16:37:39.541, is when the model "
                        + "entered the catalog, not the snapshot date"));
        assertFalse(tree(root.resolve(IMG2IMG)).has("deprecated"), "img2img has no deprecated member");

        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        assertEquals(3, set.models().size());
        ModelDocument fluxDoc = set.models().get(0);
        assertEquals("@cf/black-forest-labs/flux-1-schnell", fluxDoc.model());
        assertEquals(java.time.LocalDate.of(2025, 11, 22), fluxDoc.snapshot());

        // What the provider got wrong is reported, not fixed: ranges and defaults only in prose.
        List<String> codes = result.findings().stream()
                .map(Diagnostic::code)
                .distinct()
                .sorted()
                .toList();
        assertEquals(
                List.of("description.prose-default", "description.prose-range", "image.uint8-unbounded"),
                codes,
                text(result.findings()));
        assertTrue(result.findings().stream()
                .anyMatch(d -> d.location().file().equals(FLUX)
                        && d.pointer().equals("/input/properties/steps")
                        && d.code().equals("description.prose-default")));
        assertEquals(lint(root).diagnostics(), result.findings(), "the findings are those of lint");
        assertEquals(
                "imported 3 models into schemas: 3 written, 0 replaced, 0 unchanged (lint of the imported "
                        + "documents: 0 errors, 11 warnings, 0 notes)",
                result.summary("schemas"));
    }

    @Test
    void writesDocumentsInTheRepositoryStyle() {
        Path root = root();
        run(cloudflare(root, "2025-11-22", List.of(realCloudflareFiles().get(0))));
        String text = read(root.resolve(FLUX));
        assertTrue(
                text.startsWith(
                        "{\n  \"provider\": \"cloudflare-workers-ai\",\n  \"model\": "
                                + "\"@cf/black-forest-labs/flux-1-schnell\",\n  \"version\": \"2025-11-22\",\n  \"snapshot\": "
                                + "\"2025-11-22\",\n  \"task\": \"text-to-image\",\n  \"origin\": \"published\",\n  \"source\": "),
                text);
        assertTrue(
                text.contains("\",\n  \"dialect\": \"https://json-schema.org/draft/2020-12/schema\",\n  "
                        + "\"description\": \"FLUX.1 [schnell] is a 12 billion parameter rectified flow transformer capable "
                        + "of generating images from text descriptions. \",\n  \"deprecated\": false,\n  \"input\": {\n"
                        + "    \"type\": \"object\",\n"),
                text);
        assertTrue(text.contains("    \"required\": [\n      \"prompt\"\n    ],\n"), text);
        assertTrue(text.endsWith("\n  }\n}\n"), text);
        assertFalse(text.contains("\r") || text.contains("\t"), text);
        List<String> keys = new ArrayList<>();
        tree(root.resolve(FLUX)).fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "provider",
                        "model",
                        "version",
                        "snapshot",
                        "task",
                        "origin",
                        "source",
                        "dialect",
                        "description",
                        "deprecated",
                        "input",
                        "output"),
                keys);
        // Nothing left behind by the atomic write.
        try (var files = Files.list(root.resolve(FLUX).getParent())) {
            assertEquals(
                    List.of("2025-11-22.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void keyOrderIndentationAndLineEndsDoNotChangeTheDocument() throws IOException {
        Path flux = realCloudflareFiles().get(0);
        Path reference = ImportFixture.root(dir.resolve("reference"), CF);
        run(cloudflare(reference, "2025-11-22", List.of(flux)));
        String expected = read(reference.resolve(FLUX));

        ObjectNode published = (ObjectNode) tree(flux);
        ObjectNode reversed = ImportFixture.JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        published.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        names.forEach(n -> reversed.set(n, published.get(n)));
        ObjectNode task = (ObjectNode) reversed.get("task");
        ObjectNode taskReversed = ImportFixture.JSON.createObjectNode();
        List<String> taskNames = new ArrayList<>();
        for (Iterator<String> it = task.fieldNames(); it.hasNext(); ) {
            taskNames.add(0, it.next());
        }
        taskNames.forEach(n -> taskReversed.set(n, task.get(n)));
        reversed.set("task", taskReversed);
        String tabsAndCrlf = ImportFixture.JSON
                .writer(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("\t", "\r\n"))
                        .withArrayIndenter(new DefaultIndenter("\t", "\r\n")))
                .writeValueAsString(reversed);
        String oneLine = ImportFixture.JSON.writeValueAsString(published);

        for (String variant : List.of(tabsAndCrlf, oneLine, "\uFEFF" + oneLine)) {
            Path root = ImportFixture.root(Files.createTempDirectory(dir, "variant"), CF);
            Path file = write(Files.createTempDirectory(inputs, "variant"), "flux-1-schnell.json", variant);
            ImportResult result = run(cloudflare(root, "2025-11-22", List.of(file)));
            assertFalse(result.failed(), () -> text(result.problems()));
            assertEquals(expected, read(root.resolve(FLUX)), variant);
        }
    }

    @Test
    void optionalMembersMayBeAbsent() {
        ObjectNode published = (ObjectNode) tree(realCloudflareFiles().get(0));
        published.remove(List.of("id", "source", "description", "created_at", "tags", "properties", "deprecated"));
        ((ObjectNode) published.get("task")).remove(List.of("id", "description"));
        Path file = write(inputs, "minimal.json", published.toPrettyString());
        Path root = root();
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(file)));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertTrue(result.problems().isEmpty(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve(FLUX));
        assertFalse(doc.has("description"));
        assertFalse(doc.has("deprecated"));
        assertEquals(
                "Cloudflare Workers AI model catalog entry minimal.json, task \"Text-to-Image\": input and "
                        + "output are its schema.input and schema.output, verbatim. The file carries no capture date; the "
                        + "snapshot date 2025-11-22 was given on import.",
                doc.get("source").asText());
        Diagnostics diagnostics = new Diagnostics();
        load(root, diagnostics);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
    }

    @Test
    void modelsOfEveryTaskImportLoadAndLint() throws SchemaRootException {
        List<Path> files = List.of(
                write(inputs, "llama-3.1-8b-instruct.json", CatalogVariants.LLAMA),
                write(inputs, "whisper.json", CatalogVariants.WHISPER),
                write(inputs, "melotts.json", CatalogVariants.MELOTTS),
                write(inputs, "bge-base-en-v1.5.json", CatalogVariants.BGE),
                write(inputs, "distilbert-sst-2-int8.json", CatalogVariants.DISTILBERT_DEPRECATED));
        Path root = root();
        ImportOptions options = new ImportOptions(
                ImportFormat.CLOUDFLARE,
                files,
                root,
                "2025-11-22",
                null,
                null,
                null,
                null,
                "cloudflare-docs commit 0123abc.",
                false);
        ImportResult result = run(options);
        assertFalse(result.failed(), () -> text(result.problems()));
        assertEquals(
                Map.of(
                        "@cf/meta/llama-3.1-8b-instruct", "text-generation",
                        "@cf/openai/whisper", "automatic-speech-recognition",
                        "@cf/myshell-ai/melotts", "text-to-speech",
                        "@cf/baai/bge-base-en-v1.5", "text-embeddings",
                        "@cf/huggingface/distilbert-sst-2-int8", "text-classification"),
                tasks(root));
        for (Path file : files) {
            JsonNode published = tree(file);
            String model = published.get("name").asText();
            JsonNode doc = tree(root.resolve(CF + "/" + model.substring(4) + "/2025-11-22.json"));
            assertEquals(
                    published.get("schema").get("input").toString(),
                    doc.get("input").toString(),
                    model);
            assertEquals(
                    published.get("schema").get("output").toString(),
                    doc.get("output").toString(),
                    model);
            assertTrue(doc.get("source").asText().endsWith(" was given on import. cloudflare-docs commit 0123abc."));
        }
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        assertEquals(5, set.models().size());
        assertTrue(set.models().stream()
                .filter(ModelDocument::deprecated)
                .map(ModelDocument::model)
                .toList()
                .equals(List.of("@cf/huggingface/distilbert-sst-2-int8")));
        LintResult lint = lint(root);
        assertEquals(lint.diagnostics(), result.findings());
        assertFalse(lint.hasErrors(), () -> text(lint.diagnostics()));
    }

    @Test
    void aFileThatIsNotJsonIsReportedWhereItBreaks() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path broken = write(inputs, "broken.json", "{\n  \"name\": \"@cf/acme/x\",\n  \"task\": {\"name\": oops}\n}\n");
        Path notJson = write(inputs, "README.md", "# Workers AI\n");
        Path empty = write(inputs, "empty.json", "");
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(broken, notJson, empty)));
        assertTrue(result.failed());
        List<String> lines = result.problems().stream().map(Diagnostic::toText).toList();
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith(file(notJson) + ":1:1: error: json.malformed: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(file(broken) + ":3:20: error: json.malformed: "), lines.get(1));
        assertTrue(
                lines.get(2).startsWith(file(empty) + ":1:1: error: json.malformed: the file is empty"), lines.get(2));
        assertTrue(result.documents().isEmpty());
        assertTrue(result.findings().isEmpty());
        assertEquals("import failed: 3 errors; nothing written", result.summary("schemas"));
        assertEquals(before, snapshot(root));
    }

    @Test
    void jsonThatIsNotACatalogEntryIsRefused() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path array = write(inputs, "list.json", "[{\"name\": \"@cf/a/b\"}]");
        Path other = write(inputs, "other.json", "{\"foo\": 1}");
        Path cog = ImportFixture.cogData().resolve("choices.json");
        Path duplicateKey = write(
                inputs,
                "dup.json",
                realJson().replaceFirst("\"source\": 1,", "\"source\": 1, \"name\": \"@cf/other/model\","));
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(array, other, cog, duplicateKey)));
        assertTrue(result.failed());
        assertEquals(
                List.of(
                        "import.not-a-catalog-entry",
                        "import.not-a-catalog-entry",
                        "import.not-a-catalog-entry",
                        "json.duplicate-key"),
                result.problems().stream().map(Diagnostic::code).sorted().toList(),
                text(result.problems()));
        Diagnostic cogFinding = result.problems().stream()
                .filter(d -> d.location().file().equals(file(cog)))
                .findFirst()
                .orElseThrow();
        assertTrue(cogFinding.hint().contains("import replicate"), cogFinding.toText());
        assertTrue(
                result.problems().stream()
                        .anyMatch(d -> d.location().file().equals(file(array))
                                && d.message().endsWith("an entry is a JSON object, this is an array")),
                text(result.problems()));
        assertTrue(
                result.problems().stream()
                        .anyMatch(d -> d.location().file().equals(file(duplicateKey))
                                && d.code().equals("json.duplicate-key")),
                "a duplicate key is refused: which one wins is unclear");
        assertEquals(before, snapshot(root));
    }

    @Test
    void missingAndMistypedMembersAreLocated() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path noSchema = write(inputs, "no-schema.json", """
                {"name": "@cf/acme/a", "task": {"name": "Text-to-Image"}}
                """);
        Path noOutput = write(inputs, "no-output.json", """
                {"name": "@cf/acme/b", "task": {"name": "Text-to-Image"}, "schema": {"input": {}}}
                """);
        Path mistyped = write(inputs, "mistyped.json", """
                {"name": "@cf/acme/../../escape", "task": {"name": "!!!"}, "deprecated": "yes",
                 "description": 7, "schema": {"input": "prompt", "output": true}}
                """);
        Path noTask = write(inputs, "no-task.json", """
                {"name": "@cf/acme/d", "task": {"id": "x"}, "schema": {"input": {}, "output": {}}}
                """);
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(noSchema, noOutput, mistyped, noTask)));
        List<String> lines = result.problems().stream().map(Diagnostic::toText).toList();
        assertEquals(
                List.of(
                        file(mistyped)
                                + ":1:10: error: import.member-invalid: #/name: model id \"@cf/acme/../../escape\" "
                                + "cannot become folders of the schemas root (letters, digits, '.', '_' and '-' in each "
                                + "/-separated part, an optional leading @namespace/)",
                        file(mistyped)
                                + ":1:52: error: import.member-invalid: #/task/name: task name \"!!!\" holds no "
                                + "letter or digit a task id can be made of",
                        file(mistyped)
                                + ":1:74: error: import.member-invalid: #/deprecated: deprecated is a string, not "
                                + "true or false",
                        file(mistyped) + ":2:17: error: import.member-invalid: #/description: description should be a "
                                + "string; it is an integer",
                        file(mistyped)
                                + ":2:40: error: import.member-invalid: #/schema/input: schema.input is a string; a "
                                + "JSON Schema is an object or a boolean",
                        file(noOutput)
                                + ":1:69: error: import.member-missing: #/schema: schema has no member \"output\" "
                                + "(the output schema); nothing is made up in its place (hint: import the catalog file as "
                                + "published)",
                        file(noSchema)
                                + ":1:1: error: import.member-missing: the catalog entry has no member \"schema\" "
                                + "(the input and output schemas); nothing is made up in its place (hint: import the catalog "
                                + "file as published)",
                        file(noTask)
                                + ":1:32: error: import.member-missing: #/task: task has no member \"name\" (the task's "
                                + "name); nothing is made up in its place (hint: import the catalog file as published)"),
                lines);
        assertEquals(before, snapshot(root));
    }

    @Test
    void theSameModelUnderTwoFileNamesIsAnErrorNamingBoth() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path copy = write(inputs, "flux-copy.json", realJson());
        Path original = realCloudflareFiles().get(0);
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(original, copy)));
        assertTrue(result.failed());
        assertEquals(1, result.problems().size(), () -> text(result.problems()));
        Diagnostic d = result.problems().get(0);
        assertEquals("import.duplicate-model", d.code());
        assertEquals(file(copy), d.location().file());
        assertEquals("/name", d.pointer());
        assertEquals(
                "model @cf/black-forest-labs/flux-1-schnell is also imported from " + file(original) + " ("
                        + file(original) + ":2:13); " + file(original) + " and " + file(copy) + " would both become "
                        + FLUX,
                d.message());
        assertEquals(before, snapshot(root));
    }

    @Test
    void modelIdsThatDifferOnlyInCaseAreOneDocument() {
        Path root = root();
        Path lower = write(inputs, "a.json", realJson());
        Path upper = write(
                inputs,
                "b.json",
                realJson().replace("@cf/black-forest-labs/flux-1-schnell", "@cf/Black-Forest-Labs/flux-1-schnell"));
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(lower, upper)));
        assertEquals(
                List.of("import.duplicate-model"),
                result.problems().stream().map(Diagnostic::code).toList());
        assertTrue(result.problems().get(0).message().contains("differs only in case"));
    }

    @Test
    void aMalformedSchemaIsImportedVerbatimAndReported() {
        String malformed = """
                {
                  "name": "@cf/acme/broken-painter",
                  "task": {"id": "3d6e1f35-341b-4915-a6c8-9a7142a9033a", "name": "Text-to-Image"},
                  "schema": {
                    "input": {
                      "type": "object",
                      "properties": {
                        "prompt": {"type": "strnig", "minLength": 1},
                        "steps": {"type": "integer", "minimum": "1", "maximum": 8.0},
                        "height": {"type": "integer", "minimum": 4096, "maximum": 2048}
                      },
                      "required": ["prompt", "negative_prompt"]
                    },
                    "output": {"type": "string", "contentType": "image/png", "format": "binary"}
                  }
                }
                """;
        Path root = root();
        Path file = write(inputs, "broken-painter.json", malformed);
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(file)));
        assertFalse(result.failed(), () -> text(result.problems()));
        String doc = CF + "/acme/broken-painter/2025-11-22.json";
        JsonNode written = tree(root.resolve(doc));
        assertEquals(
                tree(file).get("schema").get("input").toString(),
                written.get("input").toString());
        assertTrue(read(root.resolve(doc)).contains("\"maximum\": 8.0"), "number literals kept as written");
        List<String> found = result.findings().stream()
                .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                .toList();
        assertTrue(found.contains("ERROR schema.invalid /input/properties/prompt/type"), found::toString);
        assertTrue(found.contains("ERROR schema.invalid /input/properties/steps/minimum"), found::toString);
        assertTrue(found.contains("ERROR range.min-above-max /input/properties/height"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.contains("required.not-a-property")), found::toString);
        assertTrue(result.findings().stream().allMatch(d -> d.location().file().equals(doc)));
        assertEquals(4, result.findings(Severity.ERROR), () -> text(result.findings()));
        assertTrue(
                result.summary("s")
                        .endsWith("(lint of the imported documents: 4 errors, "
                                + result.findings(Severity.WARNING) + " warning"
                                + (result.findings(Severity.WARNING) == 1 ? "" : "s")
                                + ", 0 notes)"),
                result.summary("s"));
    }

    @Test
    void anExistingDocumentIsReplacedOnlyWhenAsked() throws IOException {
        Path root = root();
        List<Path> flux = List.of(realCloudflareFiles().get(0));
        assertEquals(
                Status.WRITTEN,
                run(cloudflare(root, "2025-11-22", flux)).documents().get(0).status());
        String first = read(root.resolve(FLUX));

        ImportResult again = run(cloudflare(root, "2025-11-22", flux));
        assertFalse(again.failed());
        assertEquals(Status.UNCHANGED, again.documents().get(0).status(), "the same content is no overwrite");

        Path changed = write(inputs, "flux-1-schnell.json", realJson().replace("Default is 4", "Default is 5"));
        Map<String, String> before = snapshot(root);
        ImportResult refused = run(cloudflare(root, "2025-11-22", List.of(changed)));
        assertTrue(refused.failed());
        assertEquals(
                file(changed) + ":2:13: error: import.exists: #/name: " + FLUX + " already exists with other "
                        + "content; it is not replaced (hint: give another version, or ask to replace it (--force))",
                refused.problems().get(0).toText());
        assertEquals(before, snapshot(root));

        ImportResult forced = run(new ImportOptions(
                ImportFormat.CLOUDFLARE, List.of(changed), root, "2025-11-22", null, null, null, null, null, true));
        assertFalse(forced.failed());
        assertEquals(Status.REPLACED, forced.documents().get(0).status());
        assertTrue(read(root.resolve(FLUX)).contains("Default is 5"));
        assertFalse(first.contains("Default is 5"));

        ImportResult otherVersion = run(cloudflare(root, "2025-11-23", List.of(changed)));
        assertFalse(otherVersion.failed(), "a new snapshot goes next to the old one");
        assertTrue(Files.isRegularFile(root.resolve(FLUX.replace("2025-11-22", "2025-11-23"))));
    }

    @Test
    void oneFailingFileOfSeveralWritesNothing() {
        Path root = root();
        run(cloudflare(root, "2025-11-20", realCloudflareFiles()));
        Map<String, String> before = snapshot(root);
        List<Path> files = new ArrayList<>(realCloudflareFiles());
        files.add(write(inputs, "whisper.json", CatalogVariants.WHISPER));
        files.add(write(inputs, "truncated.json", CatalogVariants.LLAMA.substring(0, 400)));
        ImportResult result = run(cloudflare(root, "2025-11-22", files));
        assertTrue(result.failed());
        assertEquals(
                List.of("json.malformed"),
                result.problems().stream().map(Diagnostic::code).toList());
        assertEquals(before, snapshot(root), "the folder is unchanged");
    }

    @Test
    void versionAndSnapshotAreNeverMadeUp() {
        Path root = root();
        List<Path> flux = List.of(realCloudflareFiles().get(0));
        IllegalArgumentException none =
                assertThrows(IllegalArgumentException.class, () -> cloudflare(root, null, flux));
        assertTrue(
                none.getMessage()
                        .startsWith("a version is required: Cloudflare catalog files carry none, and "
                                + "their created_at is when the model entered the catalog"),
                none.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cloudflare(root, "v1", flux))
                .getMessage()
                .contains("the snapshot date (YYYY-MM-DD, the day the schema was captured) must be given"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cloudflare(root, "2025-02-30", flux))
                .getMessage()
                .contains("is not a calendar date"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cloudflare(root, "../x", flux))
                .getMessage()
                .contains("cannot name a document"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cloudflare(root, "a.schema", flux))
                .getMessage()
                .contains("cannot name a document"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new ImportOptions(
                                ImportFormat.CLOUDFLARE,
                                flux,
                                root,
                                "2025-11-22",
                                "2025-11-21",
                                null,
                                null,
                                null,
                                null,
                                false))
                .getMessage()
                .contains("a version named by a date is its snapshot date"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new ImportOptions(
                                ImportFormat.CLOUDFLARE,
                                flux,
                                root,
                                "2025-11-22",
                                null,
                                "@cf/x/y",
                                null,
                                null,
                                null,
                                false))
                .getMessage()
                .startsWith("a model id is not given for Cloudflare catalog files"));

        ImportOptions named = new ImportOptions(
                ImportFormat.CLOUDFLARE, flux, root, "catalog-08f6e61", "2025-11-22", null, null, null, null, false);
        ImportResult result = run(named);
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve(CF + "/black-forest-labs/flux-1-schnell/catalog-08f6e61.json"));
        assertEquals("catalog-08f6e61", doc.get("version").asText());
        assertEquals("2025-11-22", doc.get("snapshot").asText());
    }

    @Test
    void theProviderDocumentMustExist() {
        Path empty = dir.resolve("empty");
        try {
            Files.createDirectories(empty);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ImportException e = assertThrows(
                ImportException.class,
                () -> Importer.run(cloudflare(ImportFixture.root(empty), "2025-11-22", realCloudflareFiles())));
        assertTrue(
                e.getMessage()
                        .contains("has no cloudflare-workers-ai/provider.json; add the provider document " + "first"),
                e.getMessage());
        ImportException missing = assertThrows(
                ImportException.class,
                () -> Importer.run(cloudflare(dir.resolve("nowhere"), "2025-11-22", realCloudflareFiles())));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void membersWithNoPlaceAreReportedAndNotKept() {
        Path root = root();
        Path file = write(
                inputs,
                "extra.json",
                realJson()
                        .replaceFirst(
                                "\"tags\": \\[\\],",
                                "\"tags\": [], \"beta\": true, \"model_display_name\": \"FLUX\","));
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(file)));
        assertFalse(result.failed());
        assertEquals(
                List.of("NOTE import.member-ignored /beta", "NOTE import.member-ignored /model_display_name"),
                result.problems().stream()
                        .map(d -> d.severity() + " " + d.code() + " " + d.pointer())
                        .toList());
        assertFalse(read(root.resolve(FLUX)).contains("model_display_name"));
    }

    @Test
    void unreadableInputsAreReported() {
        Path root = root();
        ImportResult result = run(cloudflare(root, "2025-11-22", List.of(inputs.resolve("missing.json"), inputs)));
        assertEquals(
                List.of("file.unreadable", "file.unreadable"),
                result.problems().stream().map(Diagnostic::code).toList());
    }

    private static Map<String, String> tasks(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> tasks = new java.util.TreeMap<>();
        load(root, diagnostics).models().forEach(m -> tasks.put(m.model(), m.task()));
        return tasks;
    }

    private static LintResult lint(Path root) {
        try {
            return Linter.standard().lint(root, List.of());
        } catch (SchemaRootException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String realJson() {
        return read(realCloudflareFiles().get(0));
    }

    private static String file(Path p) {
        return p.toString().replace('\\', '/');
    }
}
