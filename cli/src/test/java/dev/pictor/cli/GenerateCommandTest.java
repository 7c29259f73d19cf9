package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.codegen.AdapterTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    static final String SERVICES = "META-INF/services/dev.pictor.runtime.ModelBinding";
    static final String M = "dev/pictor/generated/acme/m/v2025_01_01/";

    @TempDir
    Path dir;

    @TempDir
    Path outDir;

    @RegisterExtension
    final UnchangedInputs inputs = new UnchangedInputs();

    /** The root the test runs on. */
    private SchemasFixture root;

    private SchemasFixture use(SchemasFixture fixture) {
        root = inputs.watch(fixture);
        return root;
    }

    private Path out(String name) {
        return outDir.resolve(name);
    }

    @Test
    void generatesIntoTheOutputFolderAndPrintsOneSummaryLine() {
        use(SchemasFixture.clean(dir));
        Path out = out("gen");
        CliRun run = CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(0);
        assertEquals("", run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(
                run.out()
                        .matches(
                                "generated 1 model into " + java.util.regex.Pattern.quote(out.toString())
                                        + ": \\d+ files written, 0 unchanged, 0 deleted in \\d+ ms \\(0 errors, \\d+ warnings?, \\d+ notes?\\)\n"),
                run.out());
        assertTrue(Files.exists(out.resolve(M + "MRequest.java")));
        assertTrue(Files.exists(out.resolve(M + "MRequestValidator.java")));
        assertTrue(Files.exists(out.resolve(M + "MAdapter.java")));
        assertTrue(Files.exists(out.resolve(SERVICES)), "resources default to the --out folder");
        assertTrue(Files.exists(out.resolve(".pictor-generated")));
    }

    @Test
    void aSecondRunWritesNothing() {
        use(SchemasFixture.clean(dir));
        Path out = out("gen");
        CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(0);
        Map<String, String> generated = SchemasFixture.snapshot(out);
        CliRun again =
                CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(0);
        long files = generated.values().stream().filter(v -> !v.equals("dir")).count() - 1; // not the manifest
        assertTrue(again.out().contains(": 0 files written, " + files + " unchanged, 0 deleted in "), again.out());
        assertEquals(generated, SchemasFixture.snapshot(out));
    }

    @Test
    void resourcesAndPackageOptions() {
        use(SchemasFixture.clean(dir));
        CliRun.run(
                        "generate",
                        "--out",
                        out("java").toString(),
                        "--resources",
                        out("res").toString(),
                        "--package",
                        "com.example.clients",
                        root.arg())
                .assertExit(0);
        assertTrue(Files.exists(out("java").resolve("com/example/clients/acme/m/v2025_01_01/MRequest.java")));
        assertTrue(Files.exists(out("res").resolve(SERVICES)));
        assertFalse(Files.exists(out("java").resolve(SERVICES)));
    }

    @Test
    void jsonValidationGivesEachValidatorAJsonEntryPoint() throws IOException {
        use(SchemasFixture.clean(dir));
        CliRun.run("generate", "--out", out("plain").toString(), root.arg()).assertExit(0);
        CliRun.run("generate", "--out", out("json").toString(), "--json-validation", root.arg())
                .assertExit(0);
        String entryPoint = "public static List<Violation> validateJson(JsonNode json)";
        assertFalse(Files.readString(out("plain").resolve(M + "MRequestValidator.java"))
                .contains(entryPoint));
        assertTrue(Files.readString(out("json").resolve(M + "MRequestValidator.java"))
                .contains(entryPoint));
    }

    @Test
    void anInvalidPackageIsAUsageError() {
        use(SchemasFixture.clean(dir));
        CliRun run = CliRun.run("generate", "--out", out("gen").toString(), "--package", "com.class", root.arg())
                .assertUsageError();
        assertTrue(run.err().contains("base package \"com.class\" is not a Java package name"), run.err());
        assertFalse(Files.exists(out("gen")));
    }

    @Test
    void aJavaPackageIsAUsageError() {
        use(SchemasFixture.clean(dir));
        CliRun run = CliRun.run("generate", "--out", out("gen").toString(), "--package", "java.lang", root.arg())
                .assertUsageError();
        assertTrue(run.err().contains("base package \"java.lang\" is refused"), run.err());
        assertFalse(Files.exists(out("gen")));
    }

    @Test
    void anErrorPrintsTheFindingsAndWritesNothing() {
        use(SchemasFixture.withError(dir));
        CliRun run = CliRun.run("generate", "--out", out("gen").toString(), root.arg())
                .assertExit(1);
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(
                lines.get(0).startsWith(root.arg() + "/acme/m/2025-01-01.json:11:13: error: range.min-above-max: "),
                run.out());
        assertTrue(lines.get(1).startsWith("generation failed (1 error, "), run.out());
        assertFalse(Files.exists(out("gen")));
    }

    @Test
    void aTemplatesFolderOverridesABuiltInAdapterTemplate() throws IOException {
        use(SchemasFixture.clean(dir));
        Path templates = Files.createDirectories(outDir.resolve("templates"));
        String builtIn;
        // A copy of the base template, which every kind's template extends, is a whole template of its own.
        try (var in = AdapterTemplates.class.getResourceAsStream("adapters/" + AdapterTemplates.BASE)) {
            builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(
                templates.resolve("cloudflare-workers-ai.java.mustache"),
                builtIn.replace("package {{package}};\n", "package {{package}};\n// our own template\n"));
        Path out = out("gen");
        CliRun.run("generate", "--out", out.toString(), "--templates", templates.toString(), root.arg())
                .assertExit(0);
        assertTrue(Files.readString(out.resolve(M + "MAdapter.java")).contains("\n// our own template\n"));

        Files.writeString(templates.resolve("cloudflare-workers-ai.java.mustache"), "{{package}}\n{{nothing}}\n");
        CliRun broken = CliRun.run(
                        "generate", "--out", out("other").toString(), "--templates", templates.toString(), root.arg())
                .assertExit(1);
        assertTrue(
                broken.out()
                        .startsWith(
                                templates
                                                .resolve("cloudflare-workers-ai.java.mustache")
                                                .toString()
                                                .replace('\\', '/') + ":2:3: error: generate.template-failed: "
                                        + "cannot render the adapter of m@2025-01-01: no value named \"nothing\""),
                broken.out());
        assertFalse(Files.exists(out("other")));
    }

    @Test
    void anErrorLeavesThePreviousOutputUntouched() throws IOException {
        use(SchemasFixture.clean(dir));
        Path out = out("gen");
        CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(0);
        Map<String, String> generated = SchemasFixture.snapshot(out);
        SchemasFixture.withError(dir);
        inputs.watch(root); // the root as the failing run finds it
        CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(1);
        assertEquals(generated, SchemasFixture.snapshot(out));
    }

    @Test
    void aWarningFailsOnlyWithFailOnWarning() {
        use(SchemasFixture.create(dir)
                .write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER)
                .model("m", "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\"}}}"));
        CliRun.run("generate", "--out", out("a").toString(), root.arg()).assertExit(0);
        CliRun strict = CliRun.run("generate", "--fail-on-warning", "--out", out("b").toString(), root.arg())
                .assertExit(1);
        assertTrue(
                strict.out().startsWith(root.arg() + "/acme/provider.json:")
                        && strict.out().contains(": warning: provider.placeholder-unused: "),
                strict.out());
        assertFalse(Files.exists(out("b")));
        CliRun.run(
                        "generate",
                        "--fail-on-warning",
                        "--rule",
                        "provider.placeholder-unused=off",
                        "--out",
                        out("c").toString(),
                        root.arg())
                .assertExit(0);
    }

    @Test
    void includesAndExcludesPickModels() {
        use(SchemasFixture.clean(dir).model("n", "{\"type\": \"object\"}"));
        CliRun only = CliRun.run("generate", "--include", "acme/n/**", "--out", out("a").toString(), root.arg())
                .assertExit(0);
        assertTrue(only.out().startsWith("generated 1 model (1 left out) into "), only.out());
        assertTrue(Files.exists(out("a").resolve("dev/pictor/generated/acme/n")));
        assertFalse(Files.exists(out("a").resolve("dev/pictor/generated/acme/m")));
        CliRun.run("generate", "--exclude", "n", "--out", out("b").toString(), root.arg())
                .assertExit(0);
        assertTrue(Files.exists(out("b").resolve("dev/pictor/generated/acme/m")));
        assertFalse(Files.exists(out("b").resolve("dev/pictor/generated/acme/n")));
        CliRun typo = CliRun.run("generate", "--include", "acme/x/**", "--out", out("c").toString(), root.arg())
                .assertExit(0);
        assertEquals(
                "pictor: warning: include pattern \"acme/x/**\" matches no model document path or model id\n",
                typo.err());
    }

    @Test
    void usageErrors() {
        use(SchemasFixture.clean(dir));
        assertTrue(CliRun.run("generate", root.arg()).assertUsageError().err().contains("--out"));
        CliRun.run("generate", "--out", out("gen").toString()).assertUsageError();
        CliRun.run(
                        "generate",
                        "--out",
                        out("gen").toString(),
                        dir.resolve("missing").toString())
                .assertUsageError();
        CliRun inside = CliRun.run("generate", "--out", dir.resolve("gen").toString(), root.arg())
                .assertUsageError();
        assertTrue(inside.err().contains("is inside the schemas root"), inside.err());
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws IOException {
        use(SchemasFixture.clean(dir));
        Path file = Files.writeString(out("file"), "x");
        CliRun run =
                CliRun.run("generate", "--out", file.toString(), root.arg()).assertUsageError();
        assertTrue(run.err().contains("it is a file, not a folder"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void resourcesOnAFileIsAUsageErrorAndWritesNothing() throws IOException {
        use(SchemasFixture.clean(dir));
        Path file = Files.writeString(out("services"), "x");
        CliRun run = CliRun.run("generate", "--out", out("gen").toString(), "--resources", file.toString(), root.arg())
                .assertUsageError();
        assertEquals("pictor: cannot generate into " + file + ": it is a file, not a folder\n", run.err());
        assertEquals(List.of("services"), names(outDir), "no sources, no manifest");
    }

    @Test
    void aBasePackageTooLongForTheFileSystemIsAUsageErrorAndWritesNothing() throws IOException {
        use(SchemasFixture.clean(dir));
        String segment = "p".repeat(300);
        Path out = out("gen");
        CliRun run = CliRun.run("generate", "--out", out.toString(), "--package", "com." + segment, root.arg())
                .assertUsageError();
        assertTrue(run.err().startsWith("pictor: cannot write " + out.resolve("com/" + segment)), run.err());
        assertTrue(run.err().endsWith(": File name too long\n"), run.err());
        assertEquals(List.of(), names(outDir), "no folder, no manifest, nothing staged");
    }

    @Test
    void aPackageFolderLinkedOutOfTheOutputIsAUsageErrorAndNothingIsWrittenThere() throws IOException {
        use(SchemasFixture.clean(dir));
        Path out = out("gen");
        CliRun.run("generate", "--out", out.toString(), root.arg()).assertExit(0);
        Path elsewhere = Files.createDirectory(out("elsewhere"));
        Path packageFolder = out.resolve(M).getParent();
        Path moved = Files.move(packageFolder, out("moved"));
        Files.createSymbolicLink(packageFolder, elsewhere);
        CliRun run = CliRun.run("generate", "--out", out.toString(), root.arg()).assertUsageError();
        assertTrue(
                run.err().contains(packageFolder + " is a symbolic link, and Pictor never writes through a link"),
                run.err());
        assertEquals(List.of(), names(elsewhere));
        assertTrue(Files.isDirectory(moved));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void helpDescribesTheCommand() {
        assertTrue(CliRun.run("--help").assertExit(0).out().contains("generate"));
        CliRun help = CliRun.run("generate", "--help").assertExit(0);
        for (String option : List.of(
                "--out",
                "--resources",
                "--package",
                "--include",
                "--exclude",
                "--templates",
                "--json-validation",
                "SCHEMAS_DIR")) {
            assertTrue(help.out().contains(option), option);
        }
    }
}
