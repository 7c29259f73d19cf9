package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NestedQuantifierRuleTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "^(.*a){12}$ (.*a){12}",
                "(a+)+ (a+)+",
                "^(\\w+\\s?)*$ (\\w+\\s?)*",
                "^(?:[a-z0-9]+-)*[a-z]$ (?:[a-z0-9]+-)*",
                "((ab)*c){2,} ((ab)*c){2,}",
                "(a{2,}){2} (a{2,}){2}",
                "((a*)?b)+? ((a*)?b)+?",
                "x(\\d+)*? (\\d+)*?"
            })
    void findsARepeatedGroupWithAnUnboundedQuantifierInside(String pattern, String group) {
        assertEquals(Optional.of(group), NestedQuantifiers.find(pattern));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "^(\\d{1,3}\\.){3}\\d{1,3}$", // the inner repetition is bounded
                "^#(?:[0-9a-fA-F]{3}){1,2}$",
                "^(a+)?$", // the group is not repeated
                "^(a+){1}$",
                "^[(a+)]*$", // a character class, not a group
                "^\\(a+\\)*$", // escaped parentheses
                "^\\p{L}+(x)*$",
                "^(?>a+)+$", // an atomic group gives nothing back
                "^(a*+)+$", // nor does a possessive quantifier
                "^a{2,}b*c+$",
                "^https://.*",
                "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26])-02-29)T(?:[01]\\d:[0-5]\\d(?:\\.\\d+)?)$",
                "[]a+]*",
                "{{{{{{{{"
            })
    void acceptsPatternsWhoseCostIsBounded(String pattern) {
        assertEquals(Optional.empty(), NestedQuantifiers.find(pattern));
    }

    @Test
    void readsALongPatternInOnePass() {
        String pattern = "(".repeat(100_000) + "a" + ")".repeat(100_000) + "{".repeat(1_000_000) + "(b+)*";
        assertEquals(Optional.of("(b+)*"), NestedQuantifiers.find(pattern));
    }

    @Test
    void warnsAtThePatternAndAtAPatternPropertiesName() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string", "pattern": "^(\\\\w+\\\\s?)*$"},
                  "ip": {"type": "string", "pattern": "^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}$"},
                  "tags": {"type": "object", "patternProperties": {"^(a+)+$": {"type": "string"}}}
                }}""");
        String hint = " (hint: rewrite the pattern so that the repeated part cannot match the same text in two ways"
                + " (let the inner part exclude what follows it: ([^a]*a){12} rather than (.*a){12}) with a refinement;"
                + " the published schema stays verbatim)";
        String tail = ", a group with an unbounded quantifier inside: on a long value that almost matches, a"
                + " backtracking matcher takes exponential time; the generated validator stops after a step budget"
                + " and refuses the value" + hint;
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:43: warning: pattern.nested-quantifier:"
                                + " #/input/properties/prompt/pattern: the pattern \"^(\\\\w+\\\\s?)*$\" repeats"
                                + " \"(\\\\w+\\\\s?)*\"" + tail,
                        "acme/m/2025-01-01.json:13:63: warning: pattern.nested-quantifier:"
                                + " #/input/properties/tags/patternProperties/^(a+)+$: the pattern \"^(a+)+$\" (a name of"
                                + " patternProperties) repeats \"(a+)+\"" + tail),
                root.lintText(new NestedQuantifierRule()));
    }
}
