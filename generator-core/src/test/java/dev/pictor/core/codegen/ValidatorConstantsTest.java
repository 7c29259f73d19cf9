package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.pictor.core.link.JavaNames;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The constant pool of a generated validator: one field per distinct value, named in the order first asked for. */
class ValidatorConstantsTest {

    private static ValidatorConstants constants() {
        return new ValidatorConstants(new JavaNames.ClassMembers(Set.of("validate", "check")));
    }

    @Test
    void aValueAskedForTwiceIsOneField() {
        ValidatorConstants c = constants();
        assertEquals("PATTERN_0", c.pattern("^a$"));
        assertEquals("PATTERN_1", c.pattern("^b$"));
        assertEquals("PATTERN_0", c.pattern("^a$"));
        assertEquals("DECIMAL_0", c.decimal(new BigDecimal("0.1")));
        assertEquals("DECIMAL_0", c.decimal(new BigDecimal("0.1")));
        assertEquals("DECIMAL_1", c.decimal(new BigDecimal("0.10")));
        Set<String> declared = new LinkedHashSet<>(List.of("a", "b"));
        assertEquals("DECLARED_0", c.declaredNames(declared));
        assertEquals("DECLARED_0", c.declaredNames(new LinkedHashSet<>(List.of("a", "b"))));
        assertEquals(
                List.of("PATTERN_0", "PATTERN_1", "DECIMAL_0", "DECIMAL_1", "DECLARED_0"),
                c.fields().stream().map(FieldSpec::name).toList());
        assertEquals(
                "private static final java.util.regex.Pattern PATTERN_0 = java.util.regex.Pattern.compile(\"^a$\");",
                declaration(c.fields().get(0)));
        assertEquals(
                "private static final java.math.BigDecimal DECIMAL_1 = new java.math.BigDecimal(\"0.10\");",
                declaration(c.fields().get(3)));
        assertEquals(List.of(), c.helpers(), "no JSON constant, no helper");
    }

    @Test
    void enumAndConstValuesShareOneNumberingAndBringTheirHelpers() {
        ValidatorConstants c = constants();
        List<JsonNode> values = List.of(TextNode.valueOf("x"), IntNode.valueOf(1));
        assertEquals("ENUM_0", c.enumValues(values));
        assertEquals("CONST_1", c.constValue(TextNode.valueOf("x")));
        assertEquals("ENUM_0", c.enumValues(List.of(TextNode.valueOf("x"), IntNode.valueOf(1))));
        // A const and a one-value enum of the same value are different fields: a JsonNode and a List<JsonNode>.
        assertEquals("ENUM_2", c.enumValues(List.of(TextNode.valueOf("x"))));
        assertTrue(declaration(c.fields().get(0)).endsWith("ENUM_0 = values(\"[\\\"x\\\",1]\");"));
        assertEquals(
                List.of("values", "json"),
                c.helpers().stream().map(MethodSpec::name).toList());
    }

    @Test
    void aLongLiteralIsSplitOutsideASurrogatePair() {
        String text = "a".repeat(15_999) + "\uD83D\uDE00" + "b".repeat(10);
        String code = ValidatorConstants.literal(text).toString();
        assertTrue(code.startsWith("java.lang.String.join(\"\", \"aaa"), code.substring(0, 40));
        // The first piece stops before the pair rather than between its halves.
        assertTrue(
                code.contains("a\", \"\\uD83D\\uDE00bbbbbbbbbb\")")
                        || code.contains("a\", \"\uD83D\uDE00bbbbbbbbbb\")"),
                code.substring(code.length() - 40));
        assertEquals("\"short\"", ValidatorConstants.literal("short").toString());
    }

    private static String declaration(FieldSpec field) {
        return field.toString().replaceAll("(?s)/\\*\\*.*?\\*/\\s*", "").strip();
    }
}
