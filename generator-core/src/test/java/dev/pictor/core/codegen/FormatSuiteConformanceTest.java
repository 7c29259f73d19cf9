package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.schema.AssertedFormats;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestData;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated validators with {@code "formats": "assert"} against the JSON-Schema-Test-Suite's {@code
 * optional/format} file of every format Pictor asserts ({@link AssertedFormats}), in draft 2020-12 and draft-07: each
 * group's schema is a model document's input, every model of a file is generated and compiled at once, each case's
 * instance is bound with the runtime's Jackson configuration (a binding failure counts as "invalid") and validated, and
 * the verdict must be the suite's on every case. Writes {@code target/conformance/format-summary.json} (per dialect
 * and file: cases run and agreed) and prints the same as a table.
 */
class FormatSuiteConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Files draft-07's suite does not have: the formats draft 2019-09 added. */
    private static final Set<String> NOT_IN_DRAFT_7 = Set.of("duration.json", "uuid.json");

    @TempDir
    Path temp;

    private record Row(String dialect, String file, int run, int agreed) {}

    @Test
    void generatedValidatorsAssertEveryFormatAsTheSuiteDoes() throws Exception {
        Path suite = TestData.root().resolve("json-schema-test-suite/tests");
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String dialect : List.of("draft2020-12", "draft7")) {
            Path folder = TestData.nonEmpty(suite.resolve(dialect).resolve("optional/format"));
            for (String format : AssertedFormats.KEYWORDS) {
                String name = format + ".json";
                Path file = folder.resolve(name);
                if (dialect.equals("draft7") && NOT_IN_DRAFT_7.contains(name)) {
                    assertTrue(Files.notExists(file), file + " is there now: run it");
                    continue;
                }
                assertTrue(Files.isRegularFile(file), "the suite file " + file + " is missing");
                rows.add(runFile(dialect, format, file, problems));
            }
        }
        writeSummary(rows);
        System.out.println(table(rows));
        assertEquals(List.of(), problems, "disagreements and refusals:\n" + String.join("\n", problems));
        assertTrue(rows.stream().mapToInt(Row::run).sum() > 500, "too few cases: " + rows);
    }

    /** The generator's list of asserted formats is the runtime's, and each names the runtime constant it emits. */
    @Test
    void theGeneratorAssertsWhatTheRuntimeChecks() {
        assertEquals(
                Arrays.stream(Format.values()).map(Format::keyword).toList(),
                AssertedFormats.KEYWORDS,
                "AssertedFormats.KEYWORDS and the runtime's Format differ");
        for (String keyword : AssertedFormats.KEYWORDS) {
            assertEquals(
                    "dev.pictor.runtime.validation.Format."
                            + Format.named(keyword).orElseThrow().name(),
                    RuntimeTypes.format(keyword).toString());
        }
    }

    private Row runFile(String dialect, String format, Path file, List<String> problems) throws Exception {
        JsonNode groups = JSON.readTree(file.toFile());
        Path root = temp.resolve(dialect).resolve(format);
        writeRoot(root, dialect, groups);
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = DocumentLoader.load(root, diagnostics);
        Map<Integer, LinkedModel> linked = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            String modelFile = "suite/g" + g + "/2025-01-01.json";
            ModelDocument model = set.models().stream()
                    .filter(m -> m.file().equals(modelFile))
                    .findFirst()
                    .orElse(null);
            Diagnostics own = new Diagnostics();
            LinkedModel m = model == null
                    ? null
                    : new Linker("formats", own).link(model, set.fragments()).orElse(null);
            if (m == null) {
                problems.add(
                        dialect + "/" + format + " group " + g + " refused: " + diagnostics.sorted() + own.sorted());
            } else {
                linked.put(g, m);
                for (Diagnostic d : own.sorted()) {
                    problems.add(dialect + "/" + format + " group " + g + ": " + d.toText());
                }
            }
        }
        List<JavaFile> sources = new ArrayList<>();
        for (LinkedModel m : linked.values()) {
            sources.addAll(TypeEmitter.emit(m));
            sources.add(ValidatorEmitter.emit(m));
        }
        ClassLoader loader = CompilerHarness.compile(sources);
        int run = 0;
        int agreed = 0;
        for (Map.Entry<Integer, LinkedModel> entry : linked.entrySet()) {
            JsonNode group = groups.get(entry.getKey());
            LinkedModel m = entry.getValue();
            Class<?> request =
                    loader.loadClass(m.javaPackage() + "." + m.request().simpleName());
            for (JsonNode test : group.get("tests")) {
                run++;
                boolean expected = test.get("valid").asBoolean();
                boolean actual = verdict(request, test.get("data"));
                if (actual == expected) {
                    agreed++;
                } else {
                    problems.add(dialect + "/" + format + " \""
                            + test.get("description").asText() + "\": suite says "
                            + (expected ? "valid" : "invalid") + ", generated validator says "
                            + (actual ? "valid" : "invalid") + " for " + test.get("data"));
                }
            }
        }
        return new Row(dialect, file.getFileName().toString(), run, agreed);
    }

    /** Binds the instance with the runtime's Jackson configuration and validates it. */
    private static boolean verdict(Class<?> request, JsonNode data) throws Exception {
        Object value;
        try {
            value = PictorJson.read(JSON.writeValueAsBytes(data), request);
        } catch (Exception bindingFailed) {
            return false;
        }
        if (value == null) {
            return false; // Jackson reads a JSON null document as no object at all: not a request
        }
        List<?> violations = (List<?>) request.getMethod("validate").invoke(value);
        List.copyOf(violations); // reading the list builds every violation's message
        return violations.isEmpty();
    }

    private static void writeRoot(Path root, String dialect, JsonNode groups) throws Exception {
        Files.createDirectories(root.resolve("suite"));
        Files.writeString(root.resolve("suite/provider.json"), """
                {"provider": "suite", "name": "JSON-Schema-Test-Suite", "transport": "none",
                 "baseUrl": "https://suite.invalid", "placeholders": {},
                 "auth": {"scheme": "none", "tokenEnv": "SUITE_TOKEN"}, "vendorKeywords": [], "source": "suite"}
                """, StandardCharsets.UTF_8);
        String uri = dialect.equals("draft7")
                ? "http://json-schema.org/draft-07/schema#"
                : "https://json-schema.org/draft/2020-12/schema";
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("provider", "suite");
            doc.put("model", "g" + g);
            doc.put("version", "2025-01-01");
            doc.put("snapshot", "2025-01-01");
            doc.put("task", "conformance");
            doc.put("origin", "published");
            doc.put("source", "JSON-Schema-Test-Suite");
            doc.put("dialect", uri);
            doc.put("formats", "assert");
            doc.put("input", groups.get(g).get("schema"));
            doc.put("output", Map.of("type", "object"));
            Path file = root.resolve("suite/g" + g + "/2025-01-01.json");
            Files.createDirectories(file.getParent());
            Files.write(file, JSON.writeValueAsBytes(doc));
        }
    }

    /** {@code {"draft2020-12": {"date.json": {"run": 70, "agreed": 70}, ...}, "draft7": {...}}}, in suite order. */
    private static void writeSummary(List<Row> rows) throws Exception {
        Map<String, Map<String, Map<String, Integer>>> summary = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("run", r.run());
            counts.put("agreed", r.agreed());
            summary.computeIfAbsent(r.dialect(), d -> new TreeMap<>()).put(r.file(), counts);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Path out = Files.createDirectories(Path.of("target", "conformance")).resolve("format-summary.json");
        Files.writeString(out, JSON.writer(printer).writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
    }

    private static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("\nJSON-Schema-Test-Suite optional/format, formats asserted\n");
        out.append(String.format(Locale.ROOT, "%-13s %-28s %5s %7s%n", "dialect", "file", "run", "agreed"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-13s %-28s %5d %7d%n", r.dialect(), r.file(), r.run(), r.agreed()));
        }
        return out.toString();
    }
}
