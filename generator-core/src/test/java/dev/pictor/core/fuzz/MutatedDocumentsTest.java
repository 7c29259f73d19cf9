package dev.pictor.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzzing harness of issue 17: the 12 seed model documents of {@code schemas/}, mutated as a hostile user or a
 * broken export would (members deleted, duplicated and renamed, hostile strings and numbers, {@code $ref}s to odd
 * places, {@code $dynamicRef}, invalid patterns, unknown {@code $schema}, other types, deep nesting, many properties),
 * {@code pictor.fuzz.batch} documents to a schemas root, as {@code pictor lint} and {@code pictor generate} see them.
 * For every document:
 *
 * <ul>
 *   <li>lint and generate finish (the command line's exit 0, 1 or 2, never 3), within 60 s per 500 documents;</li>
 *   <li>no finding is {@code internal.failed};</li>
 *   <li>every finding is located: a file, a line and a column from 1;</li>
 *   <li>a document lint finds no ERROR in generates without one;</li>
 *   <li>what it generates compiles strictly ({@code CompilerHarness}; the sources of every
 *       {@code pictor.fuzz.compileEvery}-th model of a root, since javac is the slow part).</li>
 * </ul>
 *
 * <p>{@code mvn verify} runs a fixed seed's {@code pictor.fuzz.batches} roots (40 of 50 documents); any number on
 * demand, as CONTRIBUTING.md says. A failing root leaves its documents and what failed on each under
 * {@code target/fuzz/} ({@code pictor.fuzz.findings}), and the counts of every root in {@code summary.txt} there. Each
 * failure found so far has its regression test with the minimal document ({@code FuzzRegressionTest}).
 */
class MutatedDocumentsTest {

    private static final SeedDocuments SEEDS = SeedDocuments.load();
    private static final int BATCH = Integer.getInteger("pictor.fuzz.batch", 50);
    private static final int COMPILE_EVERY = Integer.getInteger("pictor.fuzz.compileEvery", 10);
    private static final Path FINDINGS = Path.of(System.getProperty("pictor.fuzz.findings", "target/fuzz"));
    /** Whether a root with problems is recorded and the run goes on, failing at the end: for counting runs. */
    private static final boolean KEEP_GOING = Boolean.getBoolean("pictor.fuzz.keepGoing");

    private static final AtomicInteger ROOTS = new AtomicInteger();
    private static final Map<FuzzBatch.Kind, AtomicInteger> TOTALS = new EnumMap<>(FuzzBatch.Kind.class);

    @Property(seed = "1717", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void everyMutatedDocumentIsLintedAndGeneratedWithLocatedFindings(@ForAll("roots") List<FuzzBatch.Case> cases)
            throws IOException {
        int number = ROOTS.incrementAndGet();
        String name = String.format(Locale.ROOT, "r%04d", number);
        Path folder = Files.createTempDirectory("pictor-fuzz-");
        try {
            FuzzBatch batch = new FuzzBatch(SEEDS, folder);
            List<FuzzBatch.Problem> problems = batch.run(name, cases, COMPILE_EVERY);
            record(name, cases.size() + " documents, " + batch.timing(), problems, batch.documents());
            if (!problems.isEmpty() && !KEEP_GOING) {
                throw new AssertionError(
                        problems.size() + " problems in root " + name + " (documents and details under "
                                + FINDINGS.resolve(name).toAbsolutePath() + "):\n"
                                + problems.stream()
                                        .limit(10)
                                        .map(p -> p.kind() + " " + p.file() + ": " + p.detail())
                                        .collect(Collectors.joining("\n")));
            }
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<List<FuzzBatch.Case>> roots() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.of(Mutation.Kind.class),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.frequencyOf(
                                Tuple.of(8, Arbitraries.integers().between(1, 20)),
                                Tuple.of(2, Arbitraries.integers().between(1, 150)),
                                Tuple.of(1, Arbitraries.integers().between(1, 300))))
                .as(Mutation::new);
        Arbitrary<FuzzBatch.Case> document = Combinators.combine(
                        Arbitraries.integers().between(0, SEEDS.models().size() - 1),
                        Arbitraries.frequencyOf(
                                        Tuple.of(6, Arbitraries.just(1)),
                                        Tuple.of(3, Arbitraries.just(2)),
                                        Tuple.of(1, Arbitraries.integers().between(3, 5)))
                                .flatMap(n -> mutation.list().ofSize(n)))
                .as(FuzzBatch.Case::new);
        return document.list().ofSize(BATCH);
    }

    /** Adds the root's counts to {@code summary.txt}; keeps the documents of a root with problems, and what failed. */
    private static void record(
            String name, String documents, List<FuzzBatch.Problem> problems, Map<String, String> texts)
            throws IOException {
        Files.createDirectories(FINDINGS);
        Map<FuzzBatch.Kind, Long> counts = problems.stream()
                .collect(Collectors.groupingBy(
                        FuzzBatch.Problem::kind, () -> new EnumMap<>(FuzzBatch.Kind.class), Collectors.counting()));
        synchronized (TOTALS) {
            counts.forEach((k, n) ->
                    TOTALS.computeIfAbsent(k, x -> new AtomicInteger()).addAndGet(n.intValue()));
        }
        Files.writeString(
                FINDINGS.resolve("summary.txt"),
                name + " " + documents + ": " + counts + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (problems.isEmpty()) {
            return;
        }
        Path folder = FINDINGS.resolve(name);
        for (FuzzBatch.Problem p : problems) {
            String text = texts.get(p.file());
            Path detail = folder.resolve(p.kind().name().toLowerCase(Locale.ROOT));
            Files.createDirectories(detail);
            String stem = p.file().isEmpty() ? "root" : p.file().replace('/', '_');
            if (text != null) {
                Files.writeString(detail.resolve(stem), text, StandardCharsets.UTF_8);
            }
            Files.writeString(
                    detail.resolve(stem + ".txt"),
                    p.detail() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    @AfterContainer
    static void total() throws IOException {
        Files.createDirectories(FINDINGS);
        Files.writeString(
                FINDINGS.resolve("summary.txt"),
                "total " + ROOTS.get() + " roots of " + BATCH + " documents: " + TOTALS + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (KEEP_GOING && !TOTALS.isEmpty()) {
            throw new AssertionError("problems in " + ROOTS.get() + " roots: " + TOTALS + "; see " + FINDINGS);
        }
    }

    private static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
