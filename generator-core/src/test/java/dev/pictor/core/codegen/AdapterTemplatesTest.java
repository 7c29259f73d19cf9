package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.GeneratedFile;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapter templates: a user's folder overrides a built-in template by its name; rendering is strict (a missing value
 * is a located error) and never escapes HTML; a template that does not parse, or a folder that cannot be used, is a
 * located finding and nothing is generated.
 */
class AdapterTemplatesTest {

    static final Path SEEDS = AdapterEmitterSeedsTest.SEEDS;
    static final String MARKER = "// Rendered from our own cloudflare-workers-ai template.";

    @TempDir
    Path temp;

    static String builtIn(String name) {
        try (InputStream in = AdapterTemplates.class.getResourceAsStream("adapters/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path templates(String name, String text) throws IOException {
        Path dir = temp.resolve("templates");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return dir;
    }

    private GenerateOptions seeds(Path templates) {
        return GenerateOptions.of(SEEDS, temp.resolve("java"), temp.resolve("resources"))
                .withTemplatesDirectory(templates);
    }

    private static String display(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }

    @Test
    void aUserTemplateOverridesOneTransportsAdaptersAndNoOther() throws Exception {
        // A copy of the base template is a whole template: the way to reshape every part of one kind's adapters.
        String mine = builtIn(AdapterTemplates.BASE)
                .replace(
                        "package {{package}};\n",
                        "package {{package}};\n\n" + MARKER + " {{modelIdLiteral}} & <{{transport}}>\n");
        Path dir = templates("cloudflare-workers-ai.java.mustache", mine);
        Files.writeString(dir.resolve("README.txt"), "not a template: ignored\n");
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertFalse(result.failed(), result::toString);
        assertEquals(
                List.of(),
                result.diagnostics().stream()
                        .filter(d -> d.code().startsWith("generate.templ"))
                        .toList());

        Set<String> marked = new TreeSet<>();
        Set<String> adapters = new TreeSet<>();
        for (GeneratedFile f : Generator.standard().plan(seeds(dir)).files()) {
            if (f.path().endsWith("Adapter.java") && f.path().contains("/v2025_11_20/")) { // the seeds
                adapters.add(f.path());
                if (f.content().contains(MARKER)) {
                    marked.add(f.path());
                    assertTrue(f.content().contains(MARKER + " \"@cf/"), "quotes, & and < are not HTML-escaped");
                    assertTrue(f.content().contains("& <cloudflare-workers-ai>\n"), f.content());
                }
            }
        }
        assertEquals(11, adapters.size());
        assertEquals(8, marked.size(), marked::toString);
        assertTrue(
                marked.stream().allMatch(p -> p.startsWith("dev/pictor/generated/cloudflare_workers_ai/")),
                marked::toString);
        // The built-in templates render the rest, and the whole still compiles strictly.
        CompilerHarness.compileTree(temp.resolve("java"));
        String without = Files.readString(temp.resolve(
                "java/dev/pictor/generated/runpod/runpod_workers/worker_sdxl" + "/v2025_11_20/WorkerSdxlAdapter.java"));
        assertFalse(without.contains(MARKER));
    }

    @Test
    void aMissingValueIsAnErrorNamingTheTemplateLineAndKey() throws Exception {
        String broken = builtIn(AdapterTemplates.BASE)
                .replace("package {{package}};\n", "package {{package}};\n// {{modelDescription}}\n");
        Path dir = templates("cloudflare-workers-ai.java.mustache", broken);
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertTrue(result.failed());
        List<Diagnostic> failing = result.failing(false);
        assertEquals(1, failing.size(), failing::toString);
        Diagnostic d = failing.get(0);
        assertEquals("generate.template-failed", d.code());
        assertEquals(
                display(dir.resolve("cloudflare-workers-ai.java.mustache")),
                d.location().file());
        assertEquals(3, d.location().line());
        assertEquals(6, d.location().column());
        assertTrue(d.message().contains("no value named \"modelDescription\" for {{modelDescription}}"), d.message());
        assertTrue(d.message().contains("a missing value is an error, not an empty string"), d.message());
        assertTrue(d.message().contains("modelIdDoc"), "lists the names there are: " + d.message());
        assertEquals("fix the template, or remove it to use the built-in one", d.hint());
        assertFalse(Files.exists(temp.resolve("java")), "nothing is written");
        assertFalse(Files.exists(temp.resolve("resources")));
    }

    @Test
    void aValueMissingOnlyInsideASectionIsFoundWhenTheSectionRenders() throws Exception {
        String broken = builtIn(AdapterTemplates.BASE)
                .replace("{{#images}}\n{{find}}", "{{#images}}\n        // {{mediaType}}\n{{find}}");
        GenerateResult result = Generator.standard().run(seeds(templates("runpod-serverless.java.mustache", broken)));
        assertEquals(
                List.of("generate.template-failed"),
                result.failing(false).stream().map(Diagnostic::code).toList());
        assertTrue(result.failing(false).get(0).message().contains("\"mediaType\""));
    }

    @Test
    void aTemplateThatDoesNotParseIsALocatedErrorAndNothingIsWritten() throws Exception {
        Path dir = templates("unknown.java.mustache", "package {{package}};\n\n{{#json}}\nclass {{className}} {}\n");
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertTrue(result.failed());
        Diagnostic d = result.failing(false).get(0);
        assertEquals("generate.template-invalid", d.code());
        assertEquals(display(dir.resolve("unknown.java.mustache")), d.location().file());
        assertTrue(d.location().line() >= 3, d.toText());
        assertTrue(d.message().startsWith("the template does not parse: Failed to close 'json' tag"), d.message());
        assertFalse(Files.exists(temp.resolve("java")));
    }

    /** A template is read as every input is: a 50 MB one is refused before it is read, and nothing is written. */
    @Test
    void aTemplateOverTheInputLimitIsRefusedUnread() throws Exception {
        Path dir = templates("unknown.java.mustache", "");
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(
                dir.resolve("unknown.java.mustache").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertTrue(result.failed());
        Diagnostic d = result.failing(false).get(0);
        assertEquals("file.too-large", d.code(), d.toText());
        assertEquals(display(dir.resolve("unknown.java.mustache")), d.location().file());
        assertFalse(Files.exists(temp.resolve("java")));
    }

    @Test
    void aPartialNamingAFileIsRefusedSoThatNothingOutsideTheFolderIsRead() throws Exception {
        Files.writeString(temp.resolve("secret.mustache"), "secret\n");
        for (String tag : List.of("{{> ../secret.mustache}}", "{{<../secret.mustache}}{{/../secret.mustache}}")) {
            Path dir = templates("json-gateway.java.mustache", "package {{package}};\n" + tag + "\n");
            GenerateResult result = Generator.standard().run(seeds(dir));
            Diagnostic d = result.failing(false).get(0);
            assertEquals("generate.template-invalid", d.code(), d.toText());
            assertEquals(2, d.location().line());
            assertTrue(
                    d.message().contains("a partial or parent ({{> name}}, {{< name}}) must name an adapter template"),
                    d.message());
        }
    }

    /**
     * A user's kind template may extend the base by name and fill one block; a user's base template then reaches
     * every kind, the built-in kind templates included.
     */
    @Test
    void aUserKindTemplateExtendsTheBaseAndAUserBaseReachesEveryKind() throws Exception {
        Path dir = templates(
                "cloudflare-workers-ai.java.mustache",
                "{{<adapter.java.mustache}}\n{{$transportDoc}}\n * Our own words about {{transport}}.\n"
                        + "{{/transportDoc}}\n{{/adapter.java.mustache}}\n");
        Files.writeString(
                dir.resolve(AdapterTemplates.BASE),
                builtIn(AdapterTemplates.BASE)
                        .replace("package {{package}};\n", "package {{package}};\n// Our base.\n"));
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertFalse(result.failed(), result::toString);
        String flux = Files.readString(temp.resolve("java/dev/pictor/generated/cloudflare_workers_ai/black_forest_labs"
                + "/flux_1_schnell/v2025_11_20/Flux1SchnellAdapter.java"));
        assertTrue(flux.contains("// Our base.\n") && flux.contains(" * Our own words about cloudflare-workers-ai.\n"));
        String runpod = Files.readString(temp.resolve(
                "java/dev/pictor/generated/runpod/runpod_workers/worker_sdxl/v2025_11_20/WorkerSdxlAdapter.java"));
        assertTrue(runpod.contains("// Our base.\n") && runpod.contains("<code>runpod-serverless</code> transport"));
        CompilerHarness.compileTree(temp.resolve("java"));
    }

    /** A value missing in the base template is located there, not in the kind template that extends it. */
    @Test
    void aMissingValueInTheBaseIsLocatedInTheBase() throws Exception {
        Path dir = templates(
                AdapterTemplates.BASE,
                builtIn(AdapterTemplates.BASE).replace("package {{package}};\n", "package {{package}};\n{{nope}}\n"));
        GenerateResult result = Generator.standard().run(seeds(dir));
        Diagnostic d = result.failing(false).get(0);
        assertEquals("generate.template-failed", d.code());
        assertEquals(display(dir.resolve(AdapterTemplates.BASE)), d.location().file());
        assertEquals(3, d.location().line());
    }

    @Test
    void aTemplateLinkingOutsideTheFolderIsNotRead() throws Exception {
        Path outside = Files.writeString(temp.resolve("elsewhere.mustache"), "{{package}}\n");
        Path dir = Files.createDirectories(temp.resolve("templates"));
        try {
            Files.createSymbolicLink(dir.resolve("json-gateway.java.mustache"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertEquals(
                List.of("generate.template-outside"),
                result.failing(false).stream().map(Diagnostic::code).toList());
    }

    @Test
    void aFileNamedLikeNoTemplateIsAWarningAndAMissingFolderAnError() throws Exception {
        Path dir = templates("cloudflare.java.mustache", "{{package}}\n");
        GenerateResult result = Generator.standard().run(seeds(dir));
        assertFalse(result.failed());
        Diagnostic w = result.diagnostics().stream()
                .filter(d -> d.code().equals("generate.template-unused"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(
                w.hint()
                        .contains(
                                "adapter.java.mustache, cloudflare-workers-ai.java.mustache, json-gateway.java.mustache,"
                                        + " openapi.java.mustache, replicate-predictions.java.mustache, runpod-serverless.java.mustache, unknown.java.mustache"),
                w.hint());
        GenerateOptions strict = new GenerateOptions(
                        SEEDS,
                        temp.resolve("strict"),
                        temp.resolve("strict"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        true)
                .withTemplatesDirectory(dir);
        assertTrue(Generator.standard().run(strict).failed(), "failOnWarning");

        GenerateResult missing = Generator.standard().run(seeds(temp.resolve("nowhere")));
        assertTrue(missing.failed());
        assertEquals(
                display(temp.resolve("nowhere"))
                        + ":1:1: error: generate.templates-folder: the templates folder does not exist (hint: point the templates setting at a folder of"
                        + " adapter templates, or remove it)",
                missing.failing(false).get(0).toText());
    }

    @Test
    void aTemplateMustRenderTheAdapterClassTheRegistrationNames() throws Exception {
        Path dir = templates(
                "cloudflare-workers-ai.java.mustache",
                "package {{package}};\n\n/** Not it. */\n" + "public final class Other {\n}\n");
        GenerateResult result = Generator.standard().run(seeds(dir));
        Diagnostic d = result.failing(false).get(0);
        assertEquals("generate.template-failed", d.code());
        assertTrue(d.message().contains("must be class Flux1SchnellAdapter in package"), d.message());
    }

    @Test
    void theBuiltInTemplatesAreNamedByTransportKind() {
        assertEquals("cloudflare-workers-ai.java.mustache", AdapterTemplates.templateName("cloudflare-workers-ai"));
        assertEquals("unknown.java.mustache", AdapterTemplates.templateName("acme-grpc"));
        AdapterTemplates builtIn = AdapterTemplates.builtIn();
        for (String name : AdapterTemplates.NAMES) {
            assertFalse(builtIn.overridden(name));
            assertEquals("[built-in]/adapters/" + name, builtIn.location(name));
        }
        assertThrows(IllegalArgumentException.class, () -> builtIn.location("nope.java.mustache"));
    }

    @Test
    void renderingLooksUpDottedNamesAndTheCurrentItemOnly() throws Exception {
        Path dir = templates(
                "unknown.java.mustache",
                "{{a.b}}|{{#list}}{{.}}{{x}};{{/list}}|{{^empty}}none{{/empty}}" + "|{{toString}}\n");
        Diagnostics diagnostics = new Diagnostics();
        AdapterTemplates templates = AdapterTemplates.load(Optional.of(dir), diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        assertTrue(templates.overridden("unknown.java.mustache"));
        Map<String, Object> context = Map.of(
                "a", Map.of("b", "<&>"), "list", List.of("1", "2"), "x", "!", "empty", List.of(), "toString", "own");
        assertEquals("<&>|1!;2!;|none|own\n", templates.render("unknown.java.mustache", context));
        TemplateException e = assertThrows(
                TemplateException.class, () -> templates.render("unknown.java.mustache", Map.of("a", Map.of("c", 1))));
        assertEquals(1, e.location().line());
        assertTrue(e.getMessage().startsWith("no value named \"a.b\""), e.getMessage());
        assertFalse(e.builtIn());
    }

    @Test
    void theSameTemplateFailsOnceNotOncePerModel() throws Exception {
        TestRoot root = TestRoot.create(temp.resolve("schemas"))
                .model("paint", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}")
                .model("draw", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}");
        Path dir = templates("cloudflare-workers-ai.java.mustache", "{{nope}}\n");
        GenerateResult result = Generator.standard()
                .run(GenerateOptions.of(root.path(), temp.resolve("o"), temp.resolve("o"))
                        .withTemplatesDirectory(dir));
        assertEquals(1, result.failing(false).size(), result::toString);
    }

    /** docs/adapter-templates.md's table of template keys names every key of the context, and no other. */
    @Test
    @SuppressWarnings("unchecked")
    void theReadmeDocumentsEveryContextKey() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        List<LinkedModel> models = new ArrayList<>(
                new Linker("dev.pictor.generated", diagnostics).link(DocumentLoader.load(SEEDS, diagnostics)));
        // and models of OpenAPI operations, whose context has the operation's facts
        Path operations = GeneratedCase.named("openapi-operations").root();
        models.addAll(
                new Linker("dev.pictor.generated", diagnostics).link(DocumentLoader.load(operations, diagnostics)));
        Set<String> keys = new TreeSet<>();
        Set<String> imageKeys = new TreeSet<>();
        for (LinkedModel model : models) {
            Map<String, Object> context = AdapterEmitter.context(model);
            context.forEach((k, v) -> {
                if (v instanceof Map<?, ?> inner) {
                    inner.keySet().forEach(i -> keys.add(k + "." + i));
                } else {
                    keys.add(k);
                }
            });
            ((List<Map<String, Object>>) context.get("images")).forEach(i -> imageKeys.addAll(i.keySet()));
        }
        String section = Files.readString(Path.of("../docs/adapter-templates.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher m = Pattern.compile("`([^`]+)`").matcher(line.substring(0, line.indexOf(" | ", 2)));
            while (m.find()) {
                documented.add(m.group(1));
            }
        }
        assertEquals(keys, documented);
        for (String key : imageKeys) {
            assertTrue(section.contains("`" + key + "`"), key);
        }
    }
}
