package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestData;
import dev.pictor.runtime.json.PictorJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated validators against the official JSON-Schema-Test-Suite, for every keyword they claim, in draft
 * 2020-12 and draft-07. Each test group's schema becomes a model; every model of a suite file is generated and
 * compiled at once; each case's instance is bound with the runtime's Jackson configuration (a binding failure counts
 * as "invalid") and validated; the verdict must be the suite's.
 *
 * <p>The suite's {@code remotes/} folder is copied into each test root and mapped from {@code http://localhost:1234/}
 * by the root's {@code pictor-root.json}, the mechanism users get: nothing is fetched.
 *
 * <p>A group whose schema uses a keyword the generator does not claim (for example {@code not},
 * {@code uniqueItems}), or that generation refuses only for such a keyword in a schema it references (a remote, a
 * meta-schema), is out of scope and counted as such; any other refusal of a schema fails the test.
 */
class JsonSchemaSuiteConformanceTest {

    private static final Map<String, String> CLAIMED = new LinkedHashMap<>();

    static {
        for (String keyword : List.of(
                "type",
                "enum",
                "const",
                "minimum",
                "maximum",
                "exclusiveMinimum",
                "exclusiveMaximum",
                "multipleOf",
                "minLength",
                "maxLength",
                "pattern",
                "items",
                "minItems",
                "maxItems",
                "required",
                "properties",
                "additionalProperties",
                "patternProperties",
                "allOf",
                "anyOf",
                "oneOf")) {
            CLAIMED.put(keyword + ".json", keyword);
        }
        CLAIMED.put("ref.json", "$ref");
        CLAIMED.put("refRemote.json", "refRemote");
        CLAIMED.put("infinite-loop-detection.json", "infinite-loop-detection");
    }

    /** Keywords of draft 2020-12 only (draft-07 writes a tuple as array-form {@code items}, claimed with items). */
    private static final Map<String, String> CLAIMED_2020_12 =
            Map.of("prefixItems.json", "prefixItems", "anchor.json", "$anchor", "defs.json", "$defs");

    /** Keywords of draft-07 only. */
    private static final Map<String, String> CLAIMED_DRAFT_7 = Map.of("definitions.json", "definitions");

    /** The suite's remote documents, which its schemas refer to under {@value #REMOTE_PREFIX}. */
    private static final String REMOTE_PREFIX = "http://localhost:1234/";

    /** Keywords outside the claimed set: a schema using one is out of scope, not refused. */
    private static final Set<String> UNCLAIMED = Stream.of(
                    Keywords.UNENFORCED_ASSERTIONS,
                    Keywords.UNENFORCED_IDENTIFIERS,
                    List.of("format", "contentMediaType", "contentEncoding", "contentSchema"))
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private record Row(String dialect, String keyword, int run, int agreed, int refused, int outOfScope) {}

    @Test
    void generatedValidatorsAgreeWithTheSuite() throws Exception {
        Path suite = TestData.root().resolve("json-schema-test-suite/tests");
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String dialect : List.of("draft2020-12", "draft7")) {
            for (Map.Entry<String, Path> file :
                    claimedFiles(suite.resolve(dialect)).entrySet()) {
                String keyword = CLAIMED.getOrDefault(
                        file.getKey(), CLAIMED_2020_12.getOrDefault(file.getKey(), CLAIMED_DRAFT_7.get(file.getKey())));
                rows.add(runFile(dialect, keyword, file.getValue(), problems));
            }
        }
        System.out.println(table(rows));
        assertEquals(List.of(), problems, "disagreements and refusals:\n" + String.join("\n", problems));
    }

    /** A missing or empty suite folder, or a claimed file missing from it, fails the run: none is skipped. */
    @Test
    void aMissingOrEmptySuiteFolderFailsTheRun() throws Exception {
        assertThrows(IllegalStateException.class, () -> claimedFiles(temp.resolve("absent")));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThrows(IllegalStateException.class, () -> claimedFiles(empty));
        Path partial = Files.createDirectories(temp.resolve("partial"));
        Files.writeString(partial.resolve("type.json"), "[]");
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> claimedFiles(partial));
        assertTrue(missing.getMessage().contains("enum.json"), missing.getMessage());
    }

    /** Each claimed file of one dialect's suite folder, by file name; every one must be there. */
    private static Map<String, Path> claimedFiles(Path dialectFolder) {
        TestData.nonEmpty(dialectFolder);
        Map<String, Path> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(CLAIMED.keySet());
        if (dialectFolder.getFileName().toString().equals("draft2020-12")) {
            names.addAll(new java.util.TreeSet<>(CLAIMED_2020_12.keySet()));
        } else if (dialectFolder.getFileName().toString().equals("draft7")) {
            names.addAll(new java.util.TreeSet<>(CLAIMED_DRAFT_7.keySet()));
        }
        for (String name : names) {
            Path file = dialectFolder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the suite file " + file + " is missing");
            }
            files.put(name, file);
        }
        return files;
    }

    private Row runFile(String dialect, String keyword, Path file, List<String> problems) throws Exception {
        JsonNode groups = JSON.readTree(file.toFile());
        Path root = temp.resolve(dialect).resolve(keyword.replace("$", ""));
        writeRoot(root, dialect, groups);
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = DocumentLoader.load(root, diagnostics);
        Map<Integer, LinkedModel> linked = new TreeMap<>();
        Map<Integer, String> refusals = new TreeMap<>();
        Set<Integer> refusedForUnclaimed = new java.util.TreeSet<>();
        for (int g = 0; g < groups.size(); g++) {
            String modelFile = "suite/g" + g + "/2025-01-01.json";
            ModelDocument model = set.models().stream()
                    .filter(m -> m.file().equals(modelFile))
                    .findFirst()
                    .orElse(null);
            Diagnostics own = new Diagnostics();
            LinkedModel m = model == null
                    ? null
                    : new Linker("conformance", own)
                            .link(model, java.util.Optional.empty(), set.fragments(), set.uris())
                            .orElse(null);
            if (m != null) {
                linked.put(g, m);
            } else {
                String why = diagnostics.sorted().stream()
                        .filter(d -> d.location().file().equals(modelFile))
                        .map(Diagnostic::toText)
                        .collect(Collectors.joining("; "));
                if (!own.sorted().isEmpty()
                        && own.sorted().stream()
                                .filter(d -> d.severity() == Severity.ERROR)
                                .allMatch(JsonSchemaSuiteConformanceTest::unclaimedKeyword)) {
                    refusedForUnclaimed.add(g);
                }
                refusals.put(
                        g,
                        why
                                + own.sorted().stream()
                                        .filter(d -> d.severity() == Severity.ERROR)
                                        .map(Diagnostic::toText)
                                        .collect(Collectors.joining("; ")));
            }
        }
        List<JavaFile> sources = new ArrayList<>();
        for (LinkedModel m : linked.values()) {
            sources.addAll(TypeEmitter.emit(m));
            sources.add(ValidatorEmitter.emit(m));
        }
        ClassLoader loader = sources.isEmpty() ? getClass().getClassLoader() : CompilerHarness.compile(sources);
        int run = 0;
        int agreed = 0;
        int refused = 0;
        int outOfScope = 0;
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            int cases = group.get("tests").size();
            if (usesUnclaimed(group.get("schema")) || refusedForUnclaimed.contains(g)) {
                outOfScope += cases;
                if (refusedForUnclaimed.contains(g)) {
                    System.out.println(dialect + "/" + keyword + " group \""
                            + group.get("description").asText() + "\" out of scope: " + refusals.get(g));
                }
                continue;
            }
            if (!linked.containsKey(g)) {
                refused += cases;
                problems.add(dialect + "/" + keyword + " group \""
                        + group.get("description").asText() + "\" refused: " + refusals.get(g));
                continue;
            }
            LinkedModel m = linked.get(g);
            Class<?> request =
                    loader.loadClass(m.javaPackage() + "." + m.request().simpleName());
            for (JsonNode test : group.get("tests")) {
                run++;
                boolean expected = test.get("valid").asBoolean();
                boolean actual = verdict(request, test.get("data"));
                if (actual == expected) {
                    agreed++;
                } else {
                    problems.add(dialect + "/" + keyword + " \""
                            + group.get("description").asText() + "\" / \""
                            + test.get("description").asText() + "\": suite says " + (expected ? "valid" : "invalid")
                            + ", generated validator says " + (actual ? "valid" : "invalid") + " for "
                            + test.get("data"));
                }
            }
        }
        return new Row(dialect, keyword, run, agreed, refused, outOfScope);
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
        // The list was counted; reading it checks again, keeping the violations, and throws unless it finds as many.
        List.copyOf(violations);
        return violations.isEmpty();
    }

    private static void writeRoot(Path root, String dialect, JsonNode groups) throws Exception {
        Files.createDirectories(root.resolve("suite"));
        Path remotes = TestData.root().resolve("json-schema-test-suite/remotes");
        try (Stream<Path> files = Files.walk(remotes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy =
                        root.resolve("remotes").resolve(remotes.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Files.writeString(
                root.resolve("pictor-root.json"),
                "{\"uriMappings\": {\"" + REMOTE_PREFIX + "\": \"remotes/\"}}",
                StandardCharsets.UTF_8);
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
            doc.put("input", groups.get(g).get("schema"));
            doc.put("output", Map.of("type", "object"));
            Path file = root.resolve("suite/g" + g + "/2025-01-01.json");
            Files.createDirectories(file.getParent());
            Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        }
    }

    private static boolean usesUnclaimed(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode value = f.getValue();
            if (UNCLAIMED.contains(key)) {
                return true;
            }
            if (key.equals("properties")
                    || key.equals("patternProperties")
                    || key.equals("prefixItems")
                    || (key.equals("items") && value.isArray())
                    || key.equals("$defs")
                    || key.equals("definitions")) {
                for (JsonNode sub : value) {
                    if (usesUnclaimed(sub)) {
                        return true;
                    }
                }
            } else if (key.equals("allOf") || key.equals("anyOf") || key.equals("oneOf")) {
                for (JsonNode sub : value) {
                    if (usesUnclaimed(sub)) {
                        return true;
                    }
                }
            } else if ((key.equals("items") || key.equals("additionalProperties")) && usesUnclaimed(value)) {
                return true;
            }
        }
        return false;
    }

    /** A refusal of a keyword the generator does not claim, written in a schema the group's schema refers to. */
    private static boolean unclaimedKeyword(Diagnostic d) {
        String pointer = d.pointer();
        return d.code().equals("generate.unsupported-keyword")
                && UNCLAIMED.contains(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("\nJSON-Schema-Test-Suite conformance of the generated validators\n");
        out.append(String.format(
                Locale.ROOT,
                "%-13s %-22s %5s %7s %8s %13s%n",
                "dialect",
                "keyword",
                "run",
                "agreed",
                "refused",
                "out of scope"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-13s %-22s %5d %7d %8d %13d%n",
                    r.dialect(),
                    r.keyword(),
                    r.run(),
                    r.agreed(),
                    r.refused(),
                    r.outOfScope()));
        }
        return out.toString();
    }
}
