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
}
