package dev.pictor.benchmarks;

import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process (warm) generation and lint of the speed corpus ({@link Corpus}: 36 models, 72 schemas), against
 * jsonschema2pojo-core on the same published schemas. Every operation loads and lints every document again, with
 * no cache: {@code lint} is {@code pictor lint}'s work, {@code plan} is {@code generate}'s work in memory (load, lint,
 * link, emit), {@code generate} also writes the files into an empty folder, as {@code jsonschema2pojo} does. Run from
 * the repository root (see {@link Corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorpusBenchmark {

    private Path work;
    private Path root;
    private Path out;
    private List<Path> catalog;

    @Setup
    public void setUp() throws Exception {
        work = Files.createTempDirectory("pictor-corpus-bench");
        root = Corpus.importedRoot(work.resolve("root"));
        out = work.resolve("out");
        catalog = Corpus.catalogFiles();
    }

    /** Each writing operation starts from an empty folder, so that every file is written. */
    @Setup(Level.Invocation)
    public void emptyOutput() throws IOException {
        Corpus.delete(out);
    }

    @TearDown
    public void tearDown() throws IOException {
        Corpus.delete(work);
    }

    @Benchmark
    public LintResult lint() throws Exception {
        return Linter.standard().lint(root, List.of());
    }

    @Benchmark
    public Generator.Plan plan() throws Exception {
        Generator.Plan plan = Generator.standard().plan(GenerateOptions.of(root, out, out));
        if (plan.failed()) {
            throw new IllegalStateException("the corpus does not generate: " + plan.diagnostics());
        }
        return plan;
    }

    @Benchmark
    public GenerateResult generate() throws Exception {
        GenerateResult result = Generator.standard().run(GenerateOptions.of(root, out, out));
        if (result.failed()) {
            throw new IllegalStateException("the corpus does not generate: " + result.diagnostics());
        }
        return result;
    }

    @Benchmark
    public int jsonschema2pojo() throws Exception {
        return Jsonschema2pojoRun.generate(catalog, out, new ArrayList<>());
    }
}
