package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateParameterRuleTest {

    private static final String PREFIX = "acme/m/2025-01-01.json:";
    private static final String HINT =
            " (hint: after checking which one the provider reads, keep one: remove the other with a refinement;"
                    + " the published schema stays verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsEachPairOnceAtTheLaterProperty() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "minimum": 1, "maximum": 40, "description": "The number of diffusion steps"},
                  "steps": {"type": "integer", "minimum": 1, "maximum": 40, "description": "The number of diffusion steps"},
                  "n_samples": {"type": "integer"},
                  "Samples_Count": {"type": "integer"},
                  "seed": {"type": "integer", "description": "Random seed for reproducibility"},
                  "random_seed": {"type": "integer", "description": "Random seed for reproducibility"}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "12:12: warning: model.duplicate-parameter: #/input/properties/steps: \"steps\" duplicates \"num_steps\" (same name"
                                + " without count prefix or suffix, case and underscores; same type and"
                                + " description): a request can set both to different values" + HINT,
                        PREFIX
                                + "14:20: warning: model.duplicate-parameter: #/input/properties/Samples_Count: \"Samples_Count\" duplicates"
                                + " \"n_samples\" (same name without count prefix or suffix, case and"
                                + " underscores): a request can set both to different values" + HINT,
                        PREFIX
                                + "16:18: warning: model.duplicate-parameter: #/input/properties/random_seed: \"random_seed\" duplicates \"seed\" (same"
                                + " type and description): a request can set both to different values" + HINT),
                root.lintText(new DuplicateParameterRule()));
    }

    @Test
    void acceptsDistinctParametersAndSameNamesInDifferentObjects() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "width": {"type": "integer", "description": "Size in pixels"},
                  "label": {"type": "string", "description": "Size in pixels"},
                  "steps": {"type": "integer"},
                  "refiner": {"type": "object", "properties": {"steps": {"type": "integer"}}},
                  "num_outputs": {"type": "integer"},
                  "output": {"type": "string"}
                }}""");
        assertEquals(List.of(), root.lintText(new DuplicateParameterRule()));
    }

    @Test
    void reportsAGroupOnceAtItsSecondMemberNamingTheOthers() {
        String properties = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "\"p" + i + "\": {\"type\": \"string\", \"description\": \"The prompt\"}")
                .collect(java.util.stream.Collectors.joining(",\n"));
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "steps": {"type": "integer"},
                  "num_steps": {"type": "integer"},
                  "Steps_Count": {"type": "integer"},
                %s
                }}""".formatted(properties));
        assertEquals(
                List.of(
                        PREFIX
                                + "12:16: warning: model.duplicate-parameter: #/input/properties/num_steps: \"num_steps\""
                                + " and \"Steps_Count\" duplicate \"steps\" (same name without count prefix or suffix,"
                                + " case and underscores): a request can set them all to different values" + HINT,
                        PREFIX
                                + "15:7: warning: model.duplicate-parameter: #/input/properties/p1: \"p1\", \"p2\","
                                + " \"p3\", \"p4\", \"p5\", \"p6\", \"p7\", \"p8\" and 3 more duplicate \"p0\" (same type"
                                + " and description): a request can set them all to different values" + HINT),
                root.lintText(new DuplicateParameterRule()));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
    void groupsFortyThousandPropertiesInLinearTime() {
        // 4,000 share a description: one finding, not 8 million; the rest are distinct. Compared pair by pair, 16,000
        // properties took 24 s and 4,000 shared descriptions exhausted the heap.
        String properties = java.util.stream.IntStream.range(0, 40_000)
                .mapToObj(i -> "\"p" + i + "\": {\"type\": \"string\", \"description\": \""
                        + (i < 4_000 ? "shared" : "own " + i) + "\"}")
                .collect(java.util.stream.Collectors.joining(",\n"));
        TestRoot root = TestRoot.create(dir).model("m", "{\"type\": \"object\", \"properties\": {" + properties + "}}");
        List<String> found = root.lintText(new DuplicateParameterRule());
        assertEquals(1, found.size());
        assertEquals(
                PREFIX + "11:7: warning: model.duplicate-parameter: #/input/properties/p1: \"p1\", \"p2\", \"p3\","
                        + " \"p4\", \"p5\", \"p6\", \"p7\", \"p8\" and 3,991 more duplicate \"p0\" (same type and"
                        + " description): a request can set them all to different values" + HINT,
                found.get(0));
    }
}
