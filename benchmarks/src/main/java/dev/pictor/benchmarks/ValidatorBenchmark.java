package dev.pictor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.phoenix_1_0.v2025_11_20.Phoenix1_0Request;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.phoenix_1_0.v2025_11_20.Phoenix1_0RequestValidator;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated validator of {@code @cf/leonardo/phoenix-1.0} (every parameter constrained: lengths, ranges) against
 * networknt on the same requests, without image payloads: a valid request, one with a single wrong parameter, and
 * one with all seven wrong. Each side gets its natural input: the generated validator a request record, networknt
 * the same request as a Jackson tree, both prepared once. The plain variants return the number of violations: the
 * verdict and its size. The generated validator counts its violations and builds them only when its list is read
 * (networknt formats its messages when they are read): the {@code ...Built} variants also take every violation
 * from the list, and the {@code ...Read} variants read every violation's pointer and message, on both sides. Run
 * from the repository root so that {@code schemas/} is found (or set {@code -Dpictor.schemas=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidatorBenchmark {

    private static final String DOCUMENT = "cloudflare-workers-ai/leonardo/phoenix-1.0/2025-11-20.json";

    private Phoenix1_0Request valid;
    private Phoenix1_0Request invalid;
    private Phoenix1_0Request oneWrong;
    private JsonNode validJson;
    private JsonNode invalidJson;
    private JsonNode oneWrongJson;
    private Schema schema;

    @Setup
    public void setUp() throws Exception {
        valid = Phoenix1_0Request.builder("a cyberpunk lizard, golden hour")
                .guidance(4.5)
                .seed(42)
                .height(1024)
                .width(768)
                .numSteps(25)
                .negativePrompt("blurry, watermark")
                .build();
        invalid = Phoenix1_0Request.builder("")
                .guidance(11.5)
                .seed(-1)
                .height(4096)
                .width(2049)
                .numSteps(60)
                .negativePrompt("")
                .build();
        oneWrong = Phoenix1_0Request.builder("a cyberpunk lizard, golden hour")
                .guidance(4.5)
                .seed(42)
                .height(1024)
                .width(768)
                .numSteps(60)
                .negativePrompt("blurry, watermark")
                .build();
        validJson = PictorJson.read(PictorJson.write(valid), JsonNode.class);
        oneWrongJson = PictorJson.read(PictorJson.write(oneWrong), JsonNode.class);
        invalidJson = PictorJson.read(PictorJson.write(invalid), JsonNode.class);
        Diagnostics diagnostics = new Diagnostics();
        ModelDocument phoenix =
                DocumentLoader.load(Path.of(System.getProperty("pictor.schemas", "schemas")), diagnostics)
                        .models()
                        .stream()
                        .filter(m -> m.file().equals(DOCUMENT))
                        .findFirst()
                        .orElseThrow();
        schema = new ReferenceValidator().compile(phoenix.effectiveInput().toJackson(), phoenix.dialect(), DOCUMENT);
        check(generatedValid() == 0 && networkntValid() == 0, "the valid request must be valid");
        check(generatedInvalid() == 7, "expected 7 violations, got " + Phoenix1_0RequestValidator.validate(invalid));
        check(networkntInvalid() == 7, "expected 7 errors from networknt, got " + schema.validate(invalidJson));
        check(generatedOneWrong() == 1 && networkntOneWrong() == 1, "expected 1 violation");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    @Benchmark
    public int generatedValid() {
        return Phoenix1_0RequestValidator.validate(valid).size();
    }

    @Benchmark
    public int generatedInvalid() {
        return Phoenix1_0RequestValidator.validate(invalid).size();
    }

    @Benchmark
    public int generatedOneWrong() {
        return Phoenix1_0RequestValidator.validate(oneWrong).size();
    }

    @Benchmark
    public void generatedInvalidBuilt(Blackhole bh) {
        for (Violation v : Phoenix1_0RequestValidator.validate(invalid)) {
            bh.consume(v);
        }
    }

    @Benchmark
    public void generatedInvalidRead(Blackhole bh) {
        for (Violation v : Phoenix1_0RequestValidator.validate(invalid)) {
            bh.consume(v.pointer());
            bh.consume(v.message());
        }
    }

    @Benchmark
    public int networkntValid() {
        return schema.validate(validJson).size();
    }

    @Benchmark
    public int networkntInvalid() {
        return schema.validate(invalidJson).size();
    }

    @Benchmark
    public int networkntOneWrong() {
        return schema.validate(oneWrongJson).size();
    }

    @Benchmark
    public void networkntInvalidBuilt(Blackhole bh) {
        for (Error e : schema.validate(invalidJson)) {
            bh.consume(e);
        }
    }

    @Benchmark
    public void networkntInvalidRead(Blackhole bh) {
        for (Error e : schema.validate(invalidJson)) {
            bh.consume(e.getInstanceLocation().toString());
            bh.consume(e.getMessage());
        }
    }
}
