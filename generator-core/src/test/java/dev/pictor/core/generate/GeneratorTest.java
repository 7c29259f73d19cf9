package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.codegen.TypeEmitter;
import dev.pictor.core.codegen.ValidatorEmitter;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.ModelId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static final String PAINT = """
            {"type": "object", "properties": {
              "prompt": {"type": "string", "minLength": 1, "description": "What to paint"},
              "steps": {"type": "integer", "minimum": 1, "maximum": 8},
              "scheduler": {"type": "string", "enum": ["DPMSolverMultistep", "K_EULER", "fast_inpaint"]},
              "INIT_IMAGE_ID": {"type": "string"}
            }, "required": ["prompt"]}""";

    static final String SKETCH_OUTPUT = """
            {"type": "object", "properties": {"image": {"type": "string", "description": "the image, base64"}},
             "required": ["image"]}""";

    static final String PACKAGE = "dev/pictor/generated/acme/";
    static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path schemas;

    @TempDir
    Path out;

    private TestRoot root() {
        return TestRoot.create(schemas)
                .model("paint", PAINT)
                .model(
                        "sketch",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\":"
                                + " \"string\"}}, \"required\": [\"prompt\"]}",
                        SKETCH_OUTPUT,
                        "");
    }

    static Generator generator() {
        return Generator.standard();
    }

    private GenerateOptions options() {
        return GenerateOptions.of(schemas, out.resolve("java"), out.resolve("resources"));
    }

    private GenerateResult run(GenerateOptions options) {
        try {
            return generator().run(options);
        } catch (SchemaRootException | GenerateException e) {
            throw new AssertionError(e);
        }
    }

    /** Every file under {@code folder}: path to content and modification time. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(
                            folder.relativize(p).toString().replace('\\', '/'),
                            Files.readString(p, StandardCharsets.UTF_8) + "@" + Files.getLastModifiedTime(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void ageEveryFile(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.setLastModifiedTime(p, LONG_AGO);
                }
            }
        }
    }

    @Test
    void generatesSourcesARegistrationAndAManifestPerFolder() throws IOException {
        root();
        GenerateResult result = run(options());
        assertFalse(result.failed(), result::toString);
        assertEquals(2, result.models());
        assertEquals(
                List.of(
                        ".pictor-generated",
                        PACKAGE + "paint/v2025_01_01/PaintAdapter.java",
                        PACKAGE + "paint/v2025_01_01/PaintRequest.java",
                        PACKAGE + "paint/v2025_01_01/PaintRequestValidator.java",
                        PACKAGE + "paint/v2025_01_01/Scheduler.java",
                        PACKAGE + "sketch/v2025_01_01/SketchAdapter.java",
                        PACKAGE + "sketch/v2025_01_01/SketchRequest.java",
                        PACKAGE + "sketch/v2025_01_01/SketchRequestValidator.java",
                        PACKAGE + "sketch/v2025_01_01/SketchResponse.java"),
                List.copyOf(snapshot(out.resolve("java")).keySet()));
        assertEquals(9, result.written());
        assertEquals(
                List.of(".pictor-generated", Generator.SERVICES_FILE),
                List.copyOf(snapshot(out.resolve("resources")).keySet()));
        assertEquals("""
                # Generated by Pictor: the model bindings of this jar. Do not edit.
                dev.pictor.generated.acme.paint.v2025_01_01.PaintAdapter
                dev.pictor.generated.acme.sketch.v2025_01_01.SketchAdapter
                """, Files.readString(out.resolve("resources").resolve(Generator.SERVICES_FILE)));
        String manifest = Files.readString(out.resolve("java/.pictor-generated"));
        assertTrue(
                manifest.endsWith("\n" + PACKAGE + "paint/v2025_01_01/PaintAdapter.java\n"
                        + PACKAGE + "paint/v2025_01_01/PaintRequest.java\n"
                        + PACKAGE + "paint/v2025_01_01/PaintRequestValidator.java\n"
                        + PACKAGE + "paint/v2025_01_01/Scheduler.java\n"
                        + PACKAGE + "sketch/v2025_01_01/SketchAdapter.java\n"
                        + PACKAGE + "sketch/v2025_01_01/SketchRequest.java\n"
                        + PACKAGE + "sketch/v2025_01_01/SketchRequestValidator.java\n"
                        + PACKAGE + "sketch/v2025_01_01/SketchResponse.java\n"),
                manifest);
        assertTrue(
                result.summary().startsWith("generated 2 models: 9 files written, 0 unchanged, 0 deleted in "),
                result.summary());
    }

    @Test
    void theBindingsCompileStrictlyAndTheRuntimeFindsThem() throws Exception {
        root();
        run(options());
        // Strict: -Xlint:all -Xdoclint:all, every warning an error.
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<ModelBinding<?, ?>> bindings = ModelBinding.installed(loader);
            assertEquals(
                    List.of(
                            new ModelId("acme", "paint", "2025-01-01", LocalDate.of(2025, 1, 1)),
                            new ModelId("acme", "sketch", "2025-01-01", LocalDate.of(2025, 1, 1))),
                    bindings.stream().map(ModelBinding::id).toList());
            ModelBinding<?, ?> paint = bindings.get(0);
            assertEquals(
                    "dev.pictor.generated.acme.paint.v2025_01_01.PaintRequest",
                    paint.requestType().getName());
            assertEquals(ImageResult.class, paint.resultType());
            assertEquals(
                    "dev.pictor.generated.acme.sketch.v2025_01_01.SketchResponse",
                    bindings.get(1).resultType().getName());
            Object builder =
                    paint.requestType().getMethod("builder", String.class).invoke(null, "a cat");
            builder.getClass().getMethod("steps", int.class).invoke(builder, 9);
            Object built = builder.getClass().getMethod("build").invoke(builder);
            @SuppressWarnings("unchecked")
            ModelBinding<Object, ?> untyped = (ModelBinding<Object, ?>) paint;
            assertEquals(
                    "[/steps: 9 is above the maximum 8]",
                    untyped.validate(built).toString(),
                    "validate delegates to the generated validator");
        }
    }

    @Test
    void aSecondRunWithNoChangeWritesNothing() throws IOException {
        root();
        GenerateResult first = run(options());
        ageEveryFile(out);
        Map<String, String> before = snapshot(out);
        GenerateResult second = run(options());
        assertEquals(0, second.written());
        assertEquals(first.written(), second.unchanged());
        assertEquals(0, second.deleted());
        assertEquals(before, snapshot(out), "not a byte and not a modification time changed");
    }

    @Test
    void aChangedModelRewritesOnlyItsChangedFiles() throws IOException {
        root();
        run(options());
        ageEveryFile(out);
        Map<String, String> before = snapshot(out.resolve("java"));
        TestRoot.create(schemas).model("paint", PAINT.replace("What to paint", "What to paint, in words"));
        GenerateResult second = run(options());
        assertEquals(1, second.written(), second::summary);
        Map<String, String> after = snapshot(out.resolve("java"));
        for (String path : before.keySet()) {
            assertEquals(path.endsWith("PaintRequest.java"), !before.get(path).equals(after.get(path)), path);
        }
    }

    @Test
    void filesNoLongerGeneratedAreDeletedAndAUsersOwnFilesNeverAre() throws IOException {
        root();
        run(options());
        Path mine = Files.writeString(out.resolve("java").resolve(PACKAGE + "paint/Mine.java"), "// mine\n");
        Path top = Files.writeString(out.resolve("java/notes.txt"), "mine\n");
        GenerateResult second = run(new GenerateOptions(
                schemas,
                out.resolve("java"),
                out.resolve("resources"),
                null,
                List.of(),
                List.of("acme/sketch/**"),
                List.of(),
                false));
        assertEquals(4, second.deleted(), second::summary);
        assertEquals(1, second.leftOut());
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(top));
        assertFalse(Files.exists(out.resolve("java").resolve(PACKAGE + "sketch")), "emptied folders are removed");
        assertEquals(
                List.of(
                        ".pictor-generated",
                        "dev/pictor/generated/acme/paint/Mine.java",
                        PACKAGE + "paint/v2025_01_01/PaintAdapter.java",
                        PACKAGE + "paint/v2025_01_01/PaintRequest.java",
                        PACKAGE + "paint/v2025_01_01/PaintRequestValidator.java",
                        PACKAGE + "paint/v2025_01_01/Scheduler.java",
                        "notes.txt"),
                List.copyOf(snapshot(out.resolve("java")).keySet()));
        assertFalse(Files.readString(out.resolve("java/.pictor-generated")).contains("sketch"));
        assertEquals("""
                # Generated by Pictor: the model bindings of this jar. Do not edit.
                dev.pictor.generated.acme.paint.v2025_01_01.PaintAdapter
                """, Files.readString(out.resolve("resources").resolve(Generator.SERVICES_FILE)));
    }

    @Test
    void aManifestEntryOutsideTheFolderIsNeverDeleted() throws IOException {
        root();
        run(options());
        Path victim = Files.writeString(out.resolve("victim.txt"), "keep me\n");
        Path manifest = out.resolve("java/.pictor-generated");
        Files.writeString(manifest, Files.readString(manifest) + "../victim.txt\n" + victim + "\n");
        run(options());
        assertTrue(Files.exists(victim));
    }

    @Test
    void anErrorWritesNothingAndLeavesThePreviousOutputAsItWas() throws IOException {
        root();
        run(options());
        ageEveryFile(out);
        Map<String, String> before = snapshot(out);
        TestRoot.create(schemas)
                .model("paint", PAINT.replace("\"minimum\": 1, \"maximum\": 8", "\"minimum\": 9, \"maximum\": 8"));
        GenerateResult broken = run(options());
        assertTrue(broken.failed());
        assertEquals(
                List.of("range.min-above-max"),
                broken.failing(false).stream().map(Diagnostic::code).toList());
        assertEquals(
                "acme/paint/2025-01-01.json",
                broken.failing(false).get(0).location().file());
        assertEquals(0, broken.written() + broken.unchanged() + broken.deleted());
        assertTrue(broken.summary().startsWith("generation failed (1 error, "), broken.summary());
        assertEquals(before, snapshot(out));
    }

    /**
     * Two nested records of a request, each with its own {@code kind} enum: the first keeps the plain name, the second
     * is named after its record, rather than both becoming {@code Kind.java}.
     */
    @Test
    void twoNestedTypesOfOneNameAreNamedAfterTheirRecords() throws Exception {
        TestRoot.create(schemas).model("paint", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string"},
                  "style": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["oil", "ink"]}}},
                  "mask": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["alpha", "luma"]},
                    "style": {"type": "object", "properties": {"weight": {"type": "number"}}}}}
                }, "required": ["prompt"]}""");
        GenerateResult result = run(options());
        assertFalse(result.failed(), () -> result.failing(false).toString());
        Path pkg = out.resolve("java").resolve(PACKAGE + "paint/v2025_01_01");
        assertTrue(Files.readString(pkg.resolve("Kind.java")).contains("OIL(\"oil\")"));
        assertTrue(Files.readString(pkg.resolve("MaskKind.java")).contains("ALPHA(\"alpha\")"));
        assertTrue(Files.readString(pkg.resolve("Style.java")).contains("Kind kind"));
        assertTrue(Files.readString(pkg.resolve("MaskStyle.java")).contains("Double weight"));
        CompilerHarness.compileTree(out.resolve("java"));
    }

    /**
     * A nested type whose name, even prefixed with its record's, is another schema's is an ERROR at the later schema,
     * naming the first: never a numbered name.
     */
    @Test
    void aTypeNameTakenTwiceIsALocatedErrorAndNothingIsWritten() {
        TestRoot.create(schemas).model("paint", """
                {"type": "object", "properties": {
                  "kind": {"type": "string", "enum": ["a", "b"]},
                  "mask_kind": {"type": "string", "enum": ["c", "d"]},
                  "mask": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["e", "f"]}}}
                }}""");
        GenerateResult result = run(options());
        assertTrue(result.failed());
        List<Diagnostic> errors = result.failing(false);
        assertEquals(
                List.of("generate.name-collision"),
                errors.stream().map(Diagnostic::code).toList());
        assertEquals("/input/properties/mask/properties/kind", errors.get(0).pointer(), errors.toString());
        assertEquals("acme/paint/2025-01-01.json", errors.get(0).location().file());
        assertEquals(
                "\"kind\" and \"mask_kind\" (acme/paint/2025-01-01.json:12:16) both become the type MaskKind"
                        + " in package dev.pictor.generated.acme.paint.v2025_01_01",
                errors.get(0).message());
        assertEquals(Map.of(), snapshot(out));
    }

    @Test
    void anErrorOnTheFirstRunCreatesNoFolder() {
        TestRoot.create(schemas)
                .model(
                        "paint",
                        "{\"type\": \"object\", \"properties\": {\"n\": {\"type\":"
                                + " \"integer\", \"minimum\": 5, \"maximum\": 1}}}");
        assertTrue(run(options()).failed());
        assertEquals(Map.of(), snapshot(out));
    }

    @Test
    void aWarningStopsGenerationOnlyWithFailOnWarning() {
        TestRoot.create(schemas)
                .model(
                        "paint",
                        "{\"type\": \"object\", \"properties\": {\"steps\": {\"type\":"
                                + " \"integer\", \"description\": \"A value between 1 and 8\"}}}");
        GenerateResult lenient = run(options());
        assertFalse(lenient.failed());
        assertTrue(lenient.count(dev.pictor.core.diag.Severity.WARNING) > 0, lenient::toString);
        Path other = out.resolve("strict");
        GenerateResult strict =
                run(new GenerateOptions(schemas, other, other, null, List.of(), List.of(), List.of(), true));
        assertTrue(strict.failed());
        assertFalse(Files.exists(other));
    }

    @Test
    void anExcludedBrokenModelDoesNotStopTheOthers() {
        root().model(
                        "broken",
                        "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\","
                                + " \"minimum\": 5, \"maximum\": 1}}}");
        assertTrue(run(options()).failed());
        GenerateResult result = run(new GenerateOptions(
                schemas,
                out.resolve("java"),
                out.resolve("resources"),
                null,
                List.of(),
                List.of("acme/broken/**"),
                List.of(),
                false));
        assertFalse(result.failed(), result::toString);
        assertEquals(2, result.models());
        assertTrue(
                result.diagnostics().stream().noneMatch(d -> d.location().file().startsWith("acme/broken/")));
    }

    @Test
    void includesPickByPathOrModelIdAndAnUnmatchedIncludeIsReported() {
        root();
        GenerateResult byId = run(new GenerateOptions(
                schemas,
                out.resolve("a"),
                out.resolve("a"),
                null,
                List.of("sket*", "nothing/**"),
                List.of(),
                List.of(),
                false));
        assertEquals(1, byId.models());
        assertEquals(
                List.of("include pattern \"nothing/**\" matches no model document path or model id"), byId.warnings());
        GenerateResult byPath = run(new GenerateOptions(
                schemas,
                out.resolve("b"),
                out.resolve("b"),
                null,
                List.of("acme/paint/*.json"),
                List.of(),
                List.of(),
                false));
        assertEquals(1, byPath.models());
        assertTrue(Files.exists(out.resolve("b").resolve(PACKAGE + "paint/v2025_01_01/PaintRequest.java")));
    }

    @Test
    void sourcesAndResourcesMayShareAFolder() throws IOException {
        root();
        GenerateResult result = run(GenerateOptions.of(schemas, out, out));
        assertEquals(9, result.written());
        String manifest = Files.readString(out.resolve(".pictor-generated"));
        assertTrue(manifest.contains("\n" + Generator.SERVICES_FILE + "\n"), manifest);
        assertTrue(manifest.contains("\n" + PACKAGE + "paint/v2025_01_01/PaintRequest.java\n"), manifest);
        assertEquals(9, run(GenerateOptions.of(schemas, out, out)).unchanged());
    }

    @Test
    void theBasePackageIsUsedAndChecked() {
        root();
        GenerateResult result = run(
                new GenerateOptions(schemas, out, out, "com.example.clients", List.of(), List.of(), List.of(), false));
        assertFalse(result.failed());
        assertTrue(Files.exists(out.resolve("com/example/clients/acme/paint/v2025_01_01/PaintRequest.java")));
        for (String bad : List.of("com..example", "com.class", "1com", "com.exa-mple", "com.")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new GenerateOptions(schemas, out, out, bad, List.of(), List.of(), List.of(), false));
            assertTrue(
                    e.getMessage().startsWith("base package \"" + bad + "\" is not a Java package name"),
                    e.getMessage());
        }
        for (String jdk : List.of("java", "java.lang", "java.example")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new GenerateOptions(schemas, out, out, jdk, List.of(), List.of(), List.of(), false));
            assertTrue(
                    e.getMessage().startsWith("base package \"" + jdk + "\" is refused: the JVM loads classes of"),
                    e.getMessage());
        }
        assertFalse(run(new GenerateOptions(schemas, out, out, "javax.example", List.of(), List.of(), List.of(), false))
                .failed());
    }

    @Test
    void neverGeneratesIntoTheSchemasRoot() {
        root();
        GenerateException e = assertThrows(
                GenerateException.class,
                () -> generator().run(GenerateOptions.of(schemas, schemas.resolve("gen"), out)));
        assertTrue(e.getMessage().contains("is inside the schemas root"), e.getMessage());
        assertThrows(GenerateException.class, () -> generator().run(GenerateOptions.of(schemas, out, schemas)));
    }

    @Test
    void aFileWhereAnOutputFolderShouldBeIsReportedInWords() throws IOException {
        root();
        Path file = Files.writeString(out.resolve("java"), "not a folder");
        GenerateException e =
                assertThrows(GenerateException.class, () -> generator().run(options()));
        assertEquals("cannot generate into " + file + ": it is a file, not a folder", e.getMessage());
    }

    @Test
    void anEmitterThatFailsIsALocatedErrorAndNothingIsWritten() throws Exception {
        root();
        Generator failing = new Generator(
                Linter.standard(), List.of((model, options) -> TypeEmitter.emit(model), (model, options) -> {
                    if (model.modelId().equals("sketch")) {
                        throw new IllegalArgumentException("cannot map this");
                    }
                    return List.of(ValidatorEmitter.emit(model));
                }));
        GenerateResult result = failing.run(options());
        assertTrue(result.failed());
        assertEquals(
                List.of("acme/sketch/2025-01-01.json:1:1: error: internal.failed: generating the code failed on this"
                        + " document: java.lang.IllegalArgumentException: cannot map this (hint: this is a bug in"
                        + " Pictor; please report it with this document (the debug output has the stack trace); the"
                        + " other documents were processed)"),
                result.failing(false).stream().map(Diagnostic::toText).toList());
        assertEquals(1, result.failures().size());
        assertTrue(
                result.failures().get(0).trace().contains("GeneratorTest"),
                result.failures().get(0).trace());
        assertEquals(Map.of(), snapshot(out));
    }

    @Test
    void anEmitterThatOverflowsTheStackIsContainedToItsDocument() throws Exception {
        root();
        Generator failing = new Generator(
                Linter.standard(), List.of((model, options) -> TypeEmitter.emit(model), (model, options) -> {
                    if (model.modelId().equals("sketch")) {
                        throw new StackOverflowError();
                    }
                    return List.of(ValidatorEmitter.emit(model));
                }));
        Generator.Plan plan = failing.plan(options());
        assertTrue(plan.failed());
        assertEquals(
                List.of("acme/sketch/2025-01-01.json:1:1: internal.failed"),
                plan.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .map(d -> d.location() + ": " + d.code())
                        .toList());
    }

    @Test
    void aMissingSchemasRootIsTheRootsProblem() {
        assertThrows(
                SchemaRootException.class,
                () -> generator().run(GenerateOptions.of(schemas.resolve("missing"), out, out)));
    }

    @Test
    void theOutputIsTheSameBytesInAnyLocaleWithNoMachineDetail() throws Exception {
        root();
        List<GeneratedFile> english = generator().plan(options()).files();
        Locale saved = Locale.getDefault();
        List<GeneratedFile> turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = generator().plan(options()).files();
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(english, turkish);
        for (GeneratedFile f : english) {
            assertFalse(f.content().contains("\r"), f.path());
            assertFalse(f.content().contains(schemas.toString()), f.path());
            assertFalse(f.content().contains(out.toString()), f.path());
            assertTrue(f.content().endsWith("\n"), f.path());
        }
    }
}
