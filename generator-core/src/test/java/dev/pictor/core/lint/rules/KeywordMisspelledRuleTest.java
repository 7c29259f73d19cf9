package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordMisspelledRuleTest {

    @TempDir
    Path dir;

    @Test
    void aNearMissOfAnAssertionKeywordIsAnError() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "maximun": 20, "Minimum": 1, "titel": "Steps"},
                  "prompt": {"type": "string", "minLenght": 1, "x-maximun": 3}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:47: error: keyword.misspelled: #/input/properties/num_steps/maximun:"
                                + " \"maximun\" is not a draft 2020-12 keyword, so the \"maximum\" constraint it looks"
                                + " like is not applied (hint: write it as \"maximum\" with a refinement; the"
                                + " published schema stays verbatim)",
                        "acme/m/2025-01-01.json:11:62: error: keyword.misspelled: #/input/properties/num_steps/Minimum:"
                                + " \"Minimum\" is not a draft 2020-12 keyword, so the \"minimum\" constraint it looks"
                                + " like is not applied (hint: write it as \"minimum\" with a refinement; the"
                                + " published schema stays verbatim)",
                        "acme/m/2025-01-01.json:12:45: error: keyword.misspelled: #/input/properties/prompt/minLenght:"
                                + " \"minLenght\" is not a draft 2020-12 keyword, so the \"minLength\" constraint it"
                                + " looks like is not applied (hint: write it as \"minLength\" with a refinement; the"
                                + " published schema stays verbatim)"),
                root.lintText(new KeywordMisspelledRule()));
    }
}
