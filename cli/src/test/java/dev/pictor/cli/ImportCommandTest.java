package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictor import}: the real provider files, bad inputs, and what is refused. */
class ImportCommandTest {

    static final String CF = "cloudflare-workers-ai";
    static final String FLUX = CF + "/black-forest-labs/flux-1-schnell/2025-11-22.json";

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private static List<String> cloudflareFiles() {
        Path data = TestData.folder("provider-data/cloudflare-workers-ai");
        return List.of(
                data.resolve("flux-1-schnell.json").toString(),
                data.resolve("stable-diffusion-v1-5-img2img.json").toString(),
                data.resolve("stable-diffusion-xl-base-1.0.json").toString());
    }

    private static Path cog(String name) {
        return TestData.file("provider-data/replicate/cog-golden-schemas/" + name);
    }

    /** A schemas root with copies of the repository's provider documents. */
    private Path root(String... providers) {
        Path schemas = Path.of(System.getProperty("pictor.schemas", "../schemas"));
        Path root = dir.resolve("schemas");
        try {
            Files.createDirectories(root);
            for (String p : providers) {
                Files.createDirectories(root.resolve(p));
                Files.copy(
                        schemas.resolve(p).resolve("provider.json"),
                        root.resolve(p).resolve("provider.json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private Path input(String name, String text) {
        try {
            return Files.writeString(inputs.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] args(List<String> head, List<String> files, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(files);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void importsTheRealCatalogFilesAndPrintsTheirFindings() {
        Path root = root(CF);
        CliRun run = CliRun.run(args(
                        List.of("import", "cloudflare"),
                        cloudflareFiles(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22"))
                .assertExit(0);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(
                "written " + FLUX + " (@cf/black-forest-labs/flux-1-schnell, from "
                        + cloudflareFiles().get(0) + ")",
                lines.get(0));
        assertTrue(
                lines.get(3).startsWith(root.resolve(FLUX) + ":")
                        && lines.get(3).contains(": warning: description.prose-default: "),
                lines.get(3));
        assertEquals(
                "imported 3 models into " + root + ": 3 written, 0 replaced, 0 unchanged (lint of the imported "
                        + "documents: 0 errors, 11 warnings, 0 notes)",
                lines.get(lines.size() - 1));
        assertEquals(3 + 11 + 1, lines.size(), run.out());
        // The result is an ordinary schemas root.
        CliRun lint = CliRun.run("lint", root.toString()).assertExit(0);
        assertTrue(lint.out().endsWith("3 models, 1 provider: 0 errors, 11 warnings, 0 notes\n"), lint.out());

        CliRun again = CliRun.run(args(
                        List.of("import", "cloudflare"),
                        cloudflareFiles(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22"))
                .assertExit(0);
        assertTrue(again.out().startsWith("unchanged " + FLUX), again.out());
    }

    @Test
    void anExistingDocumentIsReplacedOnlyWithForce() throws IOException {
        Path root = root(CF);
        String flux = cloudflareFiles().get(0);
        CliRun.run("import", "cloudflare", flux, "--into", root.toString(), "--doc-version", "2025-11-22")
                .assertExit(0);
        Path changed =
                input("flux-1-schnell.json", Files.readString(Path.of(flux)).replace("Default is 4", "Default is 5"));
        Map<String, String> before = SchemasFixture.snapshot(root);
        CliRun refused = CliRun.run(
                        "import",
                        "cloudflare",
                        changed.toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22")
                .assertExit(1);
        assertEquals(
                List.of(
                        changed + ":2:13: error: import.exists: #/name: " + FLUX + " already exists with other "
                                + "content; it is not replaced (hint: give another version, or ask to replace it (--force))",
                        "import failed: 1 error; nothing written"),
                refused.out().lines().toList());
        assertEquals(before, SchemasFixture.snapshot(root));
        CliRun forced = CliRun.run(
                        "import",
                        "cloudflare",
                        changed.toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22",
                        "--force")
                .assertExit(0);
        assertTrue(forced.out().startsWith("replaced " + FLUX), forced.out());
        assertTrue(Files.readString(root.resolve(FLUX)).contains("Default is 5"));
    }

    @Test
    void badFilesFailTheImportAndNothingIsWritten() {
        Path root = root(CF);
        Map<String, String> before = SchemasFixture.snapshot(root);
        Path notJson = input("notes.json", "name: @cf/acme/x\n");
        Path duplicate = input("flux-again.json", readShared(cloudflareFiles().get(0)));
        List<String> files = new java.util.ArrayList<>(cloudflareFiles());
        files.add(notJson.toString());
        files.add(duplicate.toString());
        CliRun run = CliRun.run(args(
                        List.of("import", "cloudflare"),
                        files,
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22"))
                .assertExit(1);
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith(duplicate + ":2:13: error: import.duplicate-model: "
                                + "#/name: model @cf/black-forest-labs/flux-1-schnell is also imported from "
                                + files.get(0))),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(notJson + ":1:1: error: json.malformed: ")), run.out());
        assertEquals("import failed: 2 errors; nothing written", lines.get(2));
        assertEquals(before, SchemasFixture.snapshot(root));
    }

    @Test
    void aMalformedSchemaIsImportedAndItsFindingsPrinted() {
        Path root = root(CF);
        Path file = input("broken.json", """
                {"name": "@cf/acme/broken", "task": {"name": "Text-to-Image"},
                 "schema": {"input": {"type": "object", "properties": {"n": {"type": "strnig", "minimum": "1"}}},
                            "output": {"type": "string", "contentType": "image/png", "format": "binary"}}}
                """);
        CliRun run = CliRun.run(
                        "import",
                        "cloudflare",
                        file.toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2025-11-22")
                .assertExit(0);
        String doc = CF + "/acme/broken/2025-11-22.json";
        assertTrue(
                run.out().contains("\n" + root.resolve(doc) + ":") && run.out().contains(": error: schema.invalid: "),
                run.out());
        assertTrue(run.out().contains("#/input/properties/n/type: "), run.out());
        assertTrue(run.out().contains("#/input/properties/n/minimum: "), run.out());
        assertTrue(run.out().endsWith("(lint of the imported documents: 2 errors, 1 warning, 0 notes)\n"), run.out());
        assertTrue(readShared(root.resolve(doc).toString()).contains("\"type\": \"strnig\""));
        CliRun.run("lint", root.toString()).assertExit(1);
    }

    @Test
    void importsCogSchemas() throws IOException {
        Path root = root("replicate");
        CliRun run = CliRun.run(
                        "import",
                        "replicate",
                        cog("choices.json").toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2026-01-26",
                        "--model",
                        "cog-tests/choices",
                        "--task",
                        "text-to-image",
                        "--provider-version",
                        "0123abcd",
                        "--source-note",
                        "From replicate/cog at 245a841.")
                .assertExit(0);
        assertTrue(
                run.out()
                        .startsWith(
                                "written replicate/cog-tests/choices/2026-01-26.json (cog-tests/choices, " + "from "),
                run.out());
        String doc = Files.readString(root.resolve("replicate/cog-tests/choices/2026-01-26.json"));
        assertTrue(doc.contains("\"providerVersion\": \"0123abcd\""), doc);
        assertTrue(doc.contains("\"$ref\": \"#/$defs/s_wd\""), doc);
        assertTrue(doc.contains("From replicate/cog at 245a841.\""), doc);
        CliRun.run(
                        "import",
                        "replicate",
                        cog("secret.json").toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "0123abcd",
                        "--snapshot",
                        "2026-01-26",
                        "--model",
                        "cog-tests/secret",
                        "--task",
                        "text-to-image")
                .assertExit(0);
        assertTrue(Files.readString(root.resolve("replicate/cog-tests/secret/0123abcd.json"))
                .contains("\"x-cog-secret\": true"));
        CliRun.run("lint", root.toString()).assertExit(0);

        CliRun template = CliRun.run(
                        "import",
                        "replicate",
                        cog("_base_openapi_template.json").toString(),
                        "--into",
                        root.toString(),
                        "--doc-version",
                        "2026-01-26",
                        "--model",
                        "cog/base",
                        "--task",
                        "text-to-image")
                .assertExit(1);
        assertTrue(template.out().contains(": error: import.member-missing: "), template.out());
    }

    @Test
    void importsReplicateModelObjectsWithNoOtherOption() throws IOException {
        Path root = root("replicate");
        Path data = TestData.folder("provider-data/replicate-models");
        CliRun run = CliRun.run(
                        "import",
                        "replicate",
                        data.resolve("black-forest-labs_flux-schnell.replicate-model.json")
                                .toString(),
                        data.resolve("cjwbw_supir.replicate-model.json").toString(),
                        "--into",
                        root.toString())
                .assertExit(0);
        assertTrue(
                run.out()
                        .contains("written replicate/black-forest-labs/flux-schnell/2024-10-02.json"
                                + " (black-forest-labs/flux-schnell, from "),
                run.out());
        String doc = Files.readString(root.resolve("replicate/cjwbw/supir/2024-02-23.json"));
        assertTrue(doc.contains("\"task\": \"image-to-image\""), doc);
        assertTrue(doc.contains("\"providerVersion\": \""), doc);

        CliRun bark = CliRun.run(
                        "import",
                        "replicate",
                        data.resolve("suno-ai_bark.replicate-model.json").toString(),
                        "--into",
                        root.toString())
                .assertExit(0);
        String barkDoc = Files.readString(root.resolve("replicate/suno-ai/bark/2023-04-27.json"));
        assertTrue(barkDoc.contains("\"task\": \"text-to-speech\""), bark.out() + barkDoc);

        Path probe = input("probe.replicate-model.json", """
                {"owner": "acme", "name": "probe", "latest_version": {"id": "v1", "created_at": "2024-01-02T10:00:00Z",
                 "openapi_schema": {"openapi": "3.0.2", "components": {"schemas": {
                   "Input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
                   "Output": {"type": "object", "properties": {"score": {"type": "number"}}}}}}}}
                """);
        CliRun unknown = CliRun.run("import", "replicate", probe.toString(), "--into", root.toString())
                .assertExit(1);
        assertTrue(
                unknown.out()
                        .contains(":4:14: error: import.option-needed: "
                                + "#/latest_version/openapi_schema/components/schemas/Output: the task of acme/probe "
                                + "cannot be inferred: "),
                unknown.out());
        CliRun.run("import", "replicate", probe.toString(), "--into", root.toString(), "--task", "scoring")
                .assertExit(0);
    }

    @Test
    void usageErrors() {
        Path root = root(CF, "replicate");
        String flux = cloudflareFiles().get(0);
        String into = root.toString();
        Map<String, String> before = SchemasFixture.snapshot(root);
        assertEquals(
                "pictor: --doc-version is required: catalog files carry no version, and their created_at is when the "
                        + "model entered the catalog, not when its schema was captured; give the capture date, e.g. --doc-version "
                        + "2025-11-20\n",
                CliRun.run("import", "cloudflare", flux, "--into", into)
                        .assertUsageError()
                        .err());
        assertTrue(CliRun.run("import", "cloudflare", flux, "--into", into, "--doc-version", "v2")
                .assertUsageError()
                .err()
                .contains("so the snapshot date (YYYY-MM-DD, the day the schema was captured) must be given"));
        assertTrue(CliRun.run(
                        "import", "cloudflare", flux, "--into", into, "--doc-version", "2025-11-22", "--model", "x/y")
                .assertUsageError()
                .err()
                .startsWith("pictor: --model is not used with cloudflare"));
        CliRun noModel = CliRun.run(
                        "import",
                        "replicate",
                        cog("choices.json").toString(),
                        "--into",
                        into,
                        "--doc-version",
                        "2026-01-26",
                        "--task",
                        "text-to-image")
                .assertExit(1);
        assertTrue(
                noModel.out()
                        .contains("choices.json:1:1: error: import.option-needed: a Cog schema does not name "
                                + "its model (hint: give the Replicate model id (--model OWNER/NAME)"),
                noModel.out());
        CliRun noTask = CliRun.run(
                        "import",
                        "replicate",
                        cog("choices.json").toString(),
                        "--into",
                        into,
                        "--doc-version",
                        "2026-01-26",
                        "--model",
                        "a/b")
                .assertExit(1);
        assertTrue(
                noTask.out().contains("error: import.option-needed: a Cog schema does not say what the model does"),
                noTask.out());
        assertTrue(CliRun.run("import", "runpod", flux, "--into", into, "--doc-version", "2025-11-22")
                .assertUsageError()
                .err()
                .startsWith("pictor: unknown format 'runpod'"));
        assertTrue(CliRun.run("import", "cloudflare", "--into", into, "--doc-version", "2025-11-22")
                .assertUsageError()
                .err()
                .contains("FILE"));
        assertTrue(CliRun.run("import", "cloudflare", flux, "--doc-version", "2025-11-22")
                .assertUsageError()
                .err()
                .contains("--into"));
        assertEquals(before, SchemasFixture.snapshot(root));

        Path noProvider = dir.resolve("bare");
        try {
            Files.createDirectories(noProvider);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(
                CliRun.run("import", "cloudflare", flux, "--into", noProvider.toString(), "--doc-version", "2025-11-22")
                        .assertUsageError()
                        .err()
                        .contains("has no cloudflare-workers-ai/provider.json"));
        assertTrue(CliRun.run(
                        "import",
                        "cloudflare",
                        flux,
                        "--into",
                        dir.resolve("missing").toString(),
                        "--doc-version",
                        "2025-11-22")
                .assertUsageError()
                .err()
                .contains("does not exist"));
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun help = CliRun.run("import", "--help").assertExit(0);
        assertTrue(help.out().contains("cloudflare|replicate"), help.out());
        assertTrue(help.out().contains("--provider-version"), help.out());
        assertTrue(help.out().contains("--doc-version=V"), help.out());
        assertTrue(help.out().contains("-V, --version"), "--version is the tool's version here too: " + help.out());
        assertEquals(
                CliRun.run("--version").assertExit(0).out(),
                CliRun.run("import", "--version").assertExit(0).out());
        assertTrue(CliRun.run("--help").assertExit(0).out().contains("import"));
    }

    private static String readShared(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
