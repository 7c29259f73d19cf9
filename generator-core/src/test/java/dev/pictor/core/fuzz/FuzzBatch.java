package dev.pictor.core.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GeneratedFile;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.testing.CompilerHarness;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * One schemas root of mutated documents, linted and generated in process as the front ends do it, and what went wrong:
 * each {@link Problem} is one of the harness's assertions failing on one document.
 */
final class FuzzBatch {

    /**
     * The processor time of the harness's thread: the limit is on it, not on the wall-clock time, which a busy machine
     * stretches (lint, generate and javac run on the calling thread).
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** What the harness asserts, one kind per assertion. */
    enum Kind {
        /** Lint or generate threw: the command line would exit 3. */
        CRASH,
        /** An {@code internal.failed} finding: a failure of Pictor contained on one document. */
        INTERNAL_ERROR,
        /** A finding without a file, or with a line or column below 1. */
        UNLOCATED,
        /** A document lint found no ERROR in, which generate refuses. */
        LINT_CLEAN_REFUSED,
        /** Generated sources javac refuses. */
        JAVAC_REFUSED,
        /** The root took more than 60 s of processor time per 500 documents. */
        TOO_SLOW
    }

    /** One failed assertion on one document (or on the root, when no document can be named). */
    record Problem(Kind kind, String file, String detail) {}

    /** One mutated document: which seed, and what was done to it. */
    record Case(int seed, List<Mutation> mutations) {}

    private final SeedDocuments seeds;
    private final Path root;
    private final Path out;

    /** Documents by their path under the root, in the order of the cases. */
    private final Map<String, String> documents = new LinkedHashMap<>();

    private final List<Problem> problems = new ArrayList<>();

    /** How many documents lint found no ERROR in. */
    private int clean;

    /** Milliseconds spent linting, generating and compiling, for the summary. */
    private final long[] millis = new long[3];

    FuzzBatch(SeedDocuments seeds, Path folder) {
        this.seeds = seeds;
        this.root = folder.resolve("schemas");
        this.out = folder.resolve("out");
    }

    /** Where the time went: lint, generate (which lints again) and javac, in milliseconds. */
    String timing() {
        return clean + " lint-clean, lint " + millis[0] + " ms, generate " + millis[1] + " ms, javac " + millis[2]
                + " ms";
    }

    Map<String, String> documents() {
        return documents;
    }

    /**
     * Writes the root ({@code batch} names its documents apart from other batches'), lints it, generates the
     * documents lint found clean, and compiles the output of every {@code compileEvery}-th of them.
     */
    List<Problem> run(String batch, List<Case> cases, int compileEvery) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        write(batch, cases);
        LintResult lint;
        long lintStart = System.nanoTime();
        try {
            lint = Linter.standard().lint(root, List.of());
            millis[0] = (System.nanoTime() - lintStart) / 1_000_000;
        } catch (Exception | StackOverflowError e) {
            problems.add(new Problem(Kind.CRASH, "", "lint: " + trace(e)));
            return problems;
        }
        check(lint.diagnostics(), "lint");
        Set<String> refused = lint.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().file())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> clean =
                documents.keySet().stream().filter(f -> !refused.contains(f)).toList();
        this.clean = clean.size();
        if (!clean.isEmpty()) {
            generate(clean, compileEvery);
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        if (cpu > 60_000L * Math.max(1, (cases.size() + 499) / 500)) {
            problems.add(new Problem(
                    Kind.TOO_SLOW,
                    "",
                    cases.size() + " documents took " + cpu + " ms of processor time (" + wall
                            + " ms) to lint and generate"));
        }
        return problems;
    }

    private void write(String batch, List<Case> cases) {
        try {
            for (Map.Entry<String, String> provider : seeds.providers().entrySet()) {
                writeFile(root.resolve(provider.getKey()), provider.getValue());
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                ObjectNode seed = seeds.models()
                        .get(Math.floorMod(c.seed(), seeds.models().size()));
                String model = seed.get("model").asText() + "-" + batch + "-" + i;
                String path = seed.get("provider").asText() + "/" + DocumentLoader.modelPath(model) + "/"
                        + seed.get("version").asText() + ".json";
                String text = DocumentMutator.mutate(seed, model, c.mutations());
                documents.put(path, text);
                writeFile(root.resolve(path), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every finding is located and none is a failure of Pictor itself. */
    private void check(List<Diagnostic> diagnostics, String step) {
        for (Diagnostic d : diagnostics) {
            String file = d.location().file();
            if (d.code().equals("internal.failed")) {
                problems.add(new Problem(Kind.INTERNAL_ERROR, file, step + ": " + d.toText()));
            }
            if (file == null || d.location().line() < 1 || d.location().column() < 1) {
                problems.add(new Problem(Kind.UNLOCATED, file == null ? "" : file, step + ": " + d.toText()));
            }
        }
    }

    /**
     * Generates the lint-clean documents: from a root of their own (with the providers), so that generate lints
     * only them, as a run whose excludes leave out the others would.
     */
    private void generate(List<String> clean, int compileEvery) {
        Path cleanRoot = root.resolveSibling("clean");
        try {
            for (Map.Entry<String, String> provider : seeds.providers().entrySet()) {
                writeFile(cleanRoot.resolve(provider.getKey()), provider.getValue());
            }
            for (String file : clean) {
                writeFile(cleanRoot.resolve(file), documents.get(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Generator.Plan plan;
        long generateStart = System.nanoTime();
        try {
            plan = Generator.standard()
                    .plan(new GenerateOptions(cleanRoot, out, out, null, List.of(), List.of(), List.of(), false));
            millis[1] = (System.nanoTime() - generateStart) / 1_000_000;
        } catch (Exception | StackOverflowError e) {
            problems.add(new Problem(Kind.CRASH, "", "generate: " + trace(e)));
            return;
        }
        check(plan.diagnostics(), "generate");
        for (Diagnostic d : plan.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                problems.add(new Problem(Kind.LINT_CLEAN_REFUSED, d.location().file(), d.toText()));
            }
        }
        if (plan.failed() || compileEvery <= 0) {
            return;
        }
        compile(plan.files(), compileEvery);
    }

    /** Compiles the sources of every {@code every}-th model (a model's sources are one package folder). */
    private void compile(List<GeneratedFile> files, int every) {
        Map<String, List<GeneratedFile>> packages = new TreeMap<>();
        for (GeneratedFile f : files) {
            if (f.kind() == GeneratedFile.Kind.SOURCE) {
                packages.computeIfAbsent(f.path().substring(0, f.path().lastIndexOf('/')), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<List<GeneratedFile>> models = new ArrayList<>(packages.values());
        Path sources = out.resolve("compiled");
        List<String> compiled = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i += every) {
                for (GeneratedFile f : models.get(i)) {
                    Path file = sources.resolve(f.path());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.bytes());
                    compiled.add(f.path());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (compiled.isEmpty()) {
            return;
        }
        long compileStart = System.nanoTime();
        List<javax.tools.Diagnostic<? extends JavaFileObject>> found = CompilerHarness.diagnostics(sources, Map.of());
        millis[2] = (System.nanoTime() - compileStart) / 1_000_000;
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : found) {
            String source = d.getSource() == null ? "" : d.getSource().getName();
            problems.add(new Problem(
                    Kind.JAVAC_REFUSED,
                    documentOf(source, files),
                    source + ":" + d.getLineNumber() + ": " + d.getMessage(java.util.Locale.ROOT)));
        }
    }

    /** The model document a generated source comes from, as its first line names it. */
    private String documentOf(String source, List<GeneratedFile> files) {
        for (GeneratedFile f : files) {
            if (!source.isEmpty() && source.replace('\\', '/').endsWith(f.path())) {
                String first = f.content().lines().findFirst().orElse("");
                return documents.keySet().stream()
                        .filter(first::contains)
                        .findFirst()
                        .orElse(source);
            }
        }
        return source;
    }

    private static String trace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
