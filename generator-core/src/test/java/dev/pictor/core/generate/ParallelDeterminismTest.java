package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.ImportFormat;
import dev.pictor.core.imports.ImportOptions;
import dev.pictor.core.imports.ImportResult;
import dev.pictor.core.imports.Importer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.LintRule;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linting, linking and emitting on several threads gives the bytes and the findings of one thread: the repository's
 * schemas and the 43 Replicate model objects imported beside them, on more threads than the machine has cores, the
 * documents started in shuffled orders, compared with a sequential run file by file and finding by finding.
 */
class ParallelDeterminismTest {

    /** More threads than cores, so that the threads really interleave. */
    private static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    @TempDir
    static Path dir;

    private static Path root;

    @BeforeAll
    static void root() throws Exception {
        String schemas = System.getProperty("pictor.schemas");
        assertNotNull(schemas, "surefire sets the system property pictor.schemas to ../schemas");
        root = dir.resolve("schemas");
        copy(Path.of(schemas), root);
        List<Path> replicate;
        try (Stream<Path> files = Files.list(TestData.folder("provider-data/replicate-models"))) {
            replicate = files.filter(f -> f.getFileName().toString().endsWith(".replicate-model.json"))
                    .sorted()
                    .toList();
        }
        ImportResult imported = Importer.run(
                new ImportOptions(ImportFormat.REPLICATE, replicate, root, null, null, null, null, null, null, false));
        assertFalse(imported.failed(), imported.problems()::toString);
    }

    @Test
    void generationOnManyThreadsInShuffledOrdersIsByteForByteTheSequentialOne() throws Exception {
        GenerateOptions options = GenerateOptions.of(root, dir.resolve("out/java"), dir.resolve("out/resources"));
        Generator.Plan sequential =
                Generator.standard().withWorkers(InOrder.SEQUENTIAL).plan(options);
        assertFalse(sequential.failed(), () -> sequential.diagnostics().toString());
        assertTrue(sequential.models() > 50, () -> sequential.models() + " models");
        assertFalse(sequential.diagnostics().isEmpty(), "the roots' findings are part of the comparison");
        for (long seed = 1; seed <= 3; seed++) {
            Generator.Plan parallel = Generator.standard()
                    .withWorkers(InOrder.shuffled(THREADS, seed))
                    .plan(options);
            assertEquals(sequential.models(), parallel.models());
            assertEquals(lines(sequential.diagnostics()), lines(parallel.diagnostics()), "findings, seed " + seed);
            assertEquals(paths(sequential.files()), paths(parallel.files()), "files, seed " + seed);
            for (int i = 0; i < sequential.files().size(); i++) {
                GeneratedFile expected = sequential.files().get(i);
                GeneratedFile actual = parallel.files().get(i);
                assertEquals(
                        new String(expected.bytes(), StandardCharsets.UTF_8),
                        new String(actual.bytes(), StandardCharsets.UTF_8),
                        expected.path());
            }
        }
    }

    @Test
    void lintOnManyThreadsInShuffledOrdersGivesTheSequentialFindingsInTheirOrder() throws Exception {
        LintResult sequential =
                Linter.standard().withWorkers(InOrder.SEQUENTIAL).lint(root, List.of());
        for (long seed = 1; seed <= 3; seed++) {
            LintResult parallel = Linter.standard()
                    .withWorkers(InOrder.shuffled(THREADS, seed))
                    .lint(root, List.of());
            assertEquals(lines(sequential.diagnostics()), lines(parallel.diagnostics()), "seed " + seed);
            assertEquals(sequential.suppressed(), parallel.suppressed());
        }
    }

    /**
     * A per-document rule that fails on some documents and a whole-set rule that fails on the whole set: the same
     * findings, internal failures and order on many threads as on one.
     */
    @Test
    void rulesThatFailGiveTheSameFindingsAndFailuresOnManyThreads() throws Exception {
        List<LintRule> rules = new ArrayList<>(Rules.all());
        rules.add(2, new FailsOnSomeModels());
        rules.add(new FailsOnTheWholeSet());
        LintResult sequential =
                new Linter(rules).withWorkers(InOrder.SEQUENTIAL).lint(root, List.of());
        assertTrue(
                sequential.failures().size() > 2,
                () -> sequential.failures().stream()
                        .map(f -> f.diagnostic().toText())
                        .toList()
                        .toString());
        for (long seed = 1; seed <= 3; seed++) {
            LintResult parallel = new Linter(rules)
                    .withWorkers(InOrder.shuffled(THREADS, seed))
                    .lint(root, List.of());
            assertEquals(lines(sequential.diagnostics()), lines(parallel.diagnostics()), "seed " + seed);
            assertEquals(failures(sequential.failures()), failures(parallel.failures()), "seed " + seed);
        }
    }

    /** Reports every model's task at the model member, and fails on every model whose file name has an "x". */
    private static final class FailsOnSomeModels extends ModelRule {
        private static final RuleInfo INFO = new RuleInfo("test.fails-on-some", Severity.NOTE, "Fails on some.");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        protected void check(ModelDocument model, LintContext context, Findings findings) {
            if (model.file().contains("x")) {
                throw new IllegalStateException("no x please: " + model.file());
            }
            LocatedNode at = model.node().get("model").orElseThrow();
            findings.report(at, "task " + model.task(), "");
            findings.report(context.providerOf(model).node(), "a finding on the provider, once per model", "");
        }
    }

    /** Fails on a set with several models, and finds one thing per model on a set of one. */
    private static final class FailsOnTheWholeSet implements LintRule {
        private static final RuleInfo INFO = new RuleInfo("test.fails-on-set", Severity.NOTE, "Fails on sets.");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintContext context, Findings findings) {
            List<ModelDocument> models = context.schemas().models();
            if (models.size() > 1) {
                throw new IllegalStateException("too many");
            }
            if (models.get(0).file().contains("flux")) {
                throw new IllegalStateException("no flux please");
            }
            findings.report(models.get(0).node(), "one of " + models.get(0).file(), "");
        }
    }

    private static List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.toText() + " | " + d.hint()).toList();
    }

    private static List<String> failures(List<InternalFailure> failures) {
        return failures.stream().map(f -> f.diagnostic().toText()).toList();
    }

    private static List<String> paths(List<GeneratedFile> files) {
        return files.stream().map(f -> f.kind() + " " + f.path()).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(p -> !from.relativize(p).startsWith("target"))
                    .sorted()
                    .toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.getFileName().toString().endsWith(".json")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
