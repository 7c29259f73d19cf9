package dev.pictor.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.palantir.javapoet.JavaFile;
import dev.pictor.core.codegen.TypeEmitter;
import dev.pictor.core.codegen.ValidatorEmitter;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.runtime.json.PictorJson;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One suite file, run: every group's schema a model of one schemas root, every model generated (with the validators'
 * JSON entry point) and compiled in one compiler call, each case bound with the runtime's Jackson configuration and
 * validated typed, or on its JSON form when it does not bind, and networknt asked the same.
 */
final class SuiteFileRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dialect;
    private final Path file;
    private final boolean assertFormats;
    private final SuiteReference reference;

    private int cases;
    private int run;
    private int agreed;
    private int refused;
    private int typed;
    private int jsonForm;
    private int networkntAgreed;
    private final SortedMap<String, Integer> refusalCodes = new TreeMap<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<String> disagreements = new ArrayList<>();
    private final List<String> networkntDisagreements = new ArrayList<>();

    /**
     * @param assertFormats whether the models ask for {@code format} to be asserted ({@code "formats": "assert"}), as
     *     the suite's {@code optional/format} files expect, and networknt is configured to assert it too
     */
    SuiteFileRun(String dialect, Path file, boolean assertFormats, SuiteReference reference) {
        this.dialect = dialect;
        this.file = file;
        this.assertFormats = assertFormats;
        this.reference = reference;
    }

    /** How the summary names the file: its path under the dialect's folder ({@code optional/format/date.json}). */
    private String label() {
        return assertFormats
                ? "optional/format/" + file.getFileName()
                : file.getFileName().toString();
    }

    /** Runs every case of the file, its schemas root written under {@code temp}. */
    FileTally run(Path temp) throws Exception {
        JsonNode groups = JSON.readTree(file.toFile());
        String name = label();
        Path root = temp.resolve(dialect).resolve(name.substring(0, name.length() - ".json".length()));
        SuiteRoot.write(root, dialect, groups, assertFormats);
        Diagnostics loading = new Diagnostics();
        SchemaSet set = DocumentLoader.load(root, loading);

        Map<Integer, LinkedModel> linked = new TreeMap<>();
        Map<Integer, List<JavaFile>> sources = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Diagnostic> why = new ArrayList<>();
            Optional<LinkedModel> model = link(set, loading, g, why);
            if (model.isPresent()) {
                try {
                    List<JavaFile> files = new ArrayList<>(TypeEmitter.emit(model.get()));
                    files.add(ValidatorEmitter.emit(model.get(), true));
                    sources.put(g, files);
                    linked.put(g, model.get());
                    continue;
                } catch (RuntimeException e) {
                    refuse(groups.get(g), List.of("generate.emit-failed: " + e), List.of("generate.emit-failed"));
                    continue;
                }
            }
            refuse(
                    groups.get(g),
                    why.stream().map(Diagnostic::toText).toList(),
                    why.stream().map(Diagnostic::code).distinct().toList());
        }
        Map<Integer, ClassLoader> loaders = compile(sources, groups);

        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            Optional<Schema> networknt = networknt(group, g);
            for (JsonNode test : group.get("tests")) {
                cases++;
                boolean expected = test.get("valid").asBoolean();
                networknt.ifPresent(schema -> compareNetworknt(schema, group, test, expected));
                if (linked.containsKey(g) && loaders.containsKey(g)) {
                    judge(loaders.get(g), linked.get(g), group, test, expected);
                } else if (linked.containsKey(g)) {
                    run++; // not agreed: its group's code does not compile, which compile(...) reported
                }
            }
        }
        return new FileTally(
                dialect,
                name,
                cases,
                run,
                agreed,
                refused,
                typed,
                jsonForm,
                networkntAgreed,
                refusalCodes,
                refusals,
                disagreements,
                networkntDisagreements);
    }

    /** Links group {@code g}'s model, or collects in {@code why} the ERRORs of loading and linking that refused it. */
    private static Optional<LinkedModel> link(SchemaSet set, Diagnostics loading, int g, List<Diagnostic> why) {
        String modelFile = SuiteRoot.modelFile(g);
        loading.sorted().stream()
                .filter(d ->
                        d.severity() == Severity.ERROR && d.location().file().equals(modelFile))
                .forEach(why::add);
        Optional<ModelDocument> model =
                set.models().stream().filter(m -> m.file().equals(modelFile)).findFirst();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics linking = new Diagnostics();
        Optional<LinkedModel> linked =
                new Linker("conformance", linking).link(model.get(), Optional.empty(), set.fragments(), set.uris());
        linking.sorted().stream().filter(d -> d.severity() == Severity.ERROR).forEach(why::add);
        return linked;
    }

    private void refuse(JsonNode group, List<String> why, List<String> codes) {
        refused += group.get("tests").size();
        for (String code : codes.isEmpty() ? List.of("unexplained") : codes) {
            refusalCodes.merge(code, 1, Integer::sum);
        }
        refusals.add(dialect + "/" + label() + " group \""
                + group.get("description").asText() + "\" refused: "
                + (why.isEmpty() ? "no ERROR said why" : String.join("; ", why)));
    }

    /**
     * Compiles every group's sources in one call; when that fails, each group on its own, so that one group's code
     * that does not compile costs only its own cases (each a disagreement).
     */
    private Map<Integer, ClassLoader> compile(Map<Integer, List<JavaFile>> sources, JsonNode groups) {
        Map<Integer, ClassLoader> loaders = new TreeMap<>();
        if (sources.isEmpty()) {
            return loaders;
        }
        try {
            ClassLoader all = CompilerHarness.compile(
                    sources.values().stream().flatMap(List::stream).toList());
            sources.keySet().forEach(g -> loaders.put(g, all));
            return loaders;
        } catch (AssertionError | RuntimeException together) {
            for (Map.Entry<Integer, List<JavaFile>> group : sources.entrySet()) {
                try {
                    loaders.put(group.getKey(), CompilerHarness.compile(group.getValue()));
                } catch (AssertionError | RuntimeException alone) {
                    disagreements.add(dialect + "/" + label() + " group \""
                            + groups.get(group.getKey()).get("description").asText()
                            + "\" does not compile: " + firstLine(alone.getMessage()));
                }
            }
            return loaders;
        }
    }

    /** The case's verdict by the generated code: typed when the instance binds, on its JSON form when it does not. */
    private void judge(ClassLoader loader, LinkedModel model, JsonNode group, JsonNode test, boolean expected) {
        run++;
        JsonNode data = test.get("data");
        String how;
        boolean valid;
        try {
            Class<?> request =
                    loader.loadClass(model.javaPackage() + "." + model.request().simpleName());
            Optional<Object> bound = bind(request, data);
            List<?> violations;
            if (bound.isPresent()) {
                typed++;
                how = "typed";
                violations = (List<?>) request.getMethod("validate").invoke(bound.get());
            } else {
                jsonForm++;
                how = "JSON form";
                Class<?> validator = loader.loadClass(model.javaPackage() + "." + ValidatorEmitter.simpleName(model));
                violations = (List<?>)
                        validator.getMethod("validateJson", JsonNode.class).invoke(null, data);
            }
            // The list was counted; reading it checks again, keeping the violations, and throws unless it finds as
            // many.
            List.copyOf(violations);
            valid = violations.isEmpty();
        } catch (InvocationTargetException e) {
            disagreements.add(where(group, test) + ": the generated validator threw " + e.getCause());
            return;
        } catch (ReflectiveOperationException | RuntimeException e) {
            disagreements.add(where(group, test) + ": cannot run: " + e);
            return;
        }
        if (valid == expected) {
            agreed++;
        } else {
            disagreements.add(where(group, test) + ": suite says " + verdict(expected) + ", Pictor (" + how + ") says "
                    + verdict(valid) + " for " + data);
        }
    }

    /** The instance bound to the typed request with the runtime's Jackson configuration; empty when it does not. */
    private static Optional<Object> bind(Class<?> request, JsonNode data) {
        try {
            // A JSON null document binds to no object at all: not a request, so it is checked on its JSON form.
            return Optional.ofNullable(PictorJson.read(JSON.writeValueAsBytes(data), request));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException bindingFailed) {
            return Optional.empty();
        }
    }

    private Optional<Schema> networknt(JsonNode group, int g) {
        try {
            return Optional.of(reference.compile(dialect, group.get("schema"), SuiteRoot.modelFile(g), assertFormats));
        } catch (RuntimeException e) {
            for (JsonNode test : group.get("tests")) {
                networkntDisagreements.add(where(group, test) + ": networknt cannot compile the schema: " + e);
            }
            return Optional.empty();
        }
    }

    private void compareNetworknt(Schema schema, JsonNode group, JsonNode test, boolean expected) {
        boolean valid;
        try {
            valid = SuiteReference.valid(schema, test.get("data"));
        } catch (RuntimeException e) {
            networkntDisagreements.add(where(group, test) + ": networknt threw " + e);
            return;
        }
        if (valid == expected) {
            networkntAgreed++;
        } else {
            networkntDisagreements.add(where(group, test) + ": suite says " + verdict(expected) + ", networknt says "
                    + verdict(valid) + " for " + test.get("data"));
        }
    }

    private String where(JsonNode group, JsonNode test) {
        return dialect + "/" + label() + " \""
                + group.get("description").asText() + "\" / \""
                + test.get("description").asText() + "\"";
    }

    private static String verdict(boolean valid) {
        return valid ? "valid" : "invalid";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().limit(3).collect(Collectors.joining(" | "));
    }
}
