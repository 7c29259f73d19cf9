package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.runtime.JsonValue;
import dev.pictor.runtime.Nullable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {

    /**
     * The single violation {@code check} adds, as {@code pointer: message [keyword]}, or "" when it adds none; a
     * counting collector must count as many.
     */
    static String one(Consumer<Violations> check) {
        Violations v = new Violations();
        check.accept(v);
        assertTrue(v.size() <= 1, v.toString());
        Violations counted = Violations.counting();
        check.accept(counted);
        assertEquals(v.size(), counted.size(), "counted, against kept: " + v);
        if (v.isEmpty()) {
            return "";
        }
        Violation x = v.list().get(0);
        return x + " [" + x.keyword() + "]";
    }

    static JsonNode json(String s) {
        return JsonValue.parse(s).node();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void unevaluatedMembersAndItems() {
        assertEquals(
                "/extra: property \"extra\" is not evaluated by any schema and not allowed [unevaluatedProperties]",
                one(v -> Checks.unevaluatedProperty(v, Pointer.parse("/extra"), "extra")));
        assertEquals(
                "/list/2: the item is not evaluated by any schema and not allowed [unevaluatedItems]",
                one(v -> Checks.unevaluatedItem(v, Pointer.parse("/list/2"))));
    }

    @Test
    void longBounds() {
        assertEquals(
                "/num_steps: 30 is above the maximum 20 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/num_steps"), 30, 20)));
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/num_steps"), 20, 20)));
        assertEquals(
                "/width: 0 is below the minimum 1 [minimum]",
                one(v -> Checks.minimum(v, Pointer.parse("/width"), 0, 1)));
        assertEquals("", one(v -> Checks.minimum(v, Pointer.parse("/width"), 1, 1)));
        assertEquals(
                "/n: 20 is not below the exclusive maximum 20 [exclusiveMaximum]",
                one(v -> Checks.exclusiveMaximum(v, Pointer.parse("/n"), 20, 20)));
        assertEquals("", one(v -> Checks.exclusiveMaximum(v, Pointer.parse("/n"), 19, 20)));
        assertEquals(
                "/n: 1 is not above the exclusive minimum 1 [exclusiveMinimum]",
                one(v -> Checks.exclusiveMinimum(v, Pointer.parse("/n"), 1, 1)));
        assertEquals("", one(v -> Checks.exclusiveMinimum(v, Pointer.parse("/n"), 2, 1)));
        assertEquals(
                "/seed: -9223372036854775808 is below the minimum 0 [minimum]",
                one(v -> Checks.minimum(v, Pointer.parse("/seed"), Long.MIN_VALUE, 0)));
    }

    @Test
    void checksReturnWhetherTheValuePassed() {
        Violations v = new Violations();
        assertTrue(Checks.maximum(v, Pointer.parse("/a"), 1, 2));
        assertFalse(Checks.maximum(v, Pointer.parse("/a"), 3, 2));
        assertFalse(Checks.minLength(v, Pointer.parse("/b"), "", 1));
        assertEquals(2, v.size());
    }

    @Test
    void doubleBounds() {
        assertEquals(
                "/guidance: 30.5 is above the maximum 20 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/guidance"), 30.5, 20.0)));
        assertEquals(
                "/strength: -0.1 is below the minimum 0 [minimum]",
                one(v -> Checks.minimum(v, Pointer.parse("/strength"), -0.1, 0.0)));
        assertEquals("", one(v -> Checks.minimum(v, Pointer.parse("/strength"), -0.0, 0.0)));
        assertEquals(
                "/s: 1 is not below the exclusive maximum 1 [exclusiveMaximum]",
                one(v -> Checks.exclusiveMaximum(v, Pointer.parse("/s"), 1.0, 1.0)));
        assertEquals(
                "/s: 0 is not above the exclusive minimum 0 [exclusiveMinimum]",
                one(v -> Checks.exclusiveMinimum(v, Pointer.parse("/s"), 0.0, 0.0)));
        assertEquals(
                "/s: 1.0E20 is above the maximum 1.0E-5 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/s"), 1e20, 1e-5)));
        assertEquals(
                "/s: NaN is not a JSON number [type]", one(v -> Checks.finite(v, Pointer.parse("/s"), Double.NaN)));
        assertEquals(
                "/s: Infinity is not a JSON number [type]",
                one(v -> Checks.finite(v, Pointer.parse("/s"), Double.POSITIVE_INFINITY)));
        assertEquals("", one(v -> Checks.finite(v, Pointer.parse("/s"), 1.5)));
        // NaN is reported once, by finite, not by every comparison
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/s"), Double.NaN, 1.0)));
    }

    @Test
    void everyNonFiniteDoubleInAJsonValueIsReportedAtItsPointer() {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("ok", 1.5).put("a/b", Double.NaN).putArray("list").add(2).add(Double.NEGATIVE_INFINITY);
        Violations v = new Violations();
        assertFalse(Checks.finiteNumbers(v, Pointer.parse("/x"), value));
        assertEquals(
                "[/x/a~1b: NaN is not a JSON number, /x/list/1: -Infinity is not a JSON number]",
                v.list().toString());
        assertTrue(Checks.finiteNumbers(v, Pointer.parse("/x"), json("{\"n\": [1, 2.5, {\"m\": 1e300}]}")));
        assertTrue(Checks.finiteNumbers(v, Pointer.ROOT, null));
    }

    @Test
    void bigDecimalBounds() {
        assertEquals(
                "/x: 1.51 is above the maximum 1.5 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/x"), dec("1.51"), dec("1.5"))));
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/x"), dec("1.50"), dec("1.5"))));
        assertEquals("", one(v -> Checks.minimum(v, Pointer.parse("/x"), (BigDecimal) null, dec("1"))));
        assertEquals(
                "/x: 2 is not below the exclusive maximum 2.0 [exclusiveMaximum]",
                one(v -> Checks.exclusiveMaximum(v, Pointer.parse("/x"), dec("2"), dec("2.0"))));
        assertEquals(
                "/x: 1E+400 is above the maximum 10 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/x"), dec("1e400"), dec("10"))));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.5, true",
        "1, 0.5, true",
        "1.5, 0.5, true",
        "1.25, 0.5, false",
        "0.3, 0.1, true",
        "0.7, 0.25, false",
        "30, 5, true",
        "3, 30, false",
        "300, 30, true",
        "20, 100, false",
        "1e308, 0.5, true",
        "1e308, 3, false",
        "-4, 2, true",
        "-5, 2, false",
        "1E+999999999, 0.5, true",
        "1E+999999999, 3, false",
        "1E-999999999, 1, false",
        "123456789.123456789, 0.000000001, true",
        "0.0075, 0.0025, true",
        "7.5E-7, 2.5E-7, true",
        "1, 0.3333333333333333, false",
        "4, 1.6, false",
        "8, 1.6, true",
    })
    void multipleOfIsExactAndNeverHangs(String value, String divisor, boolean expected) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertEquals(expected, Checks.isMultipleOf(dec(value), dec(divisor))));
    }

    @Test
    void multipleOfMessages() {
        assertEquals(
                "/n: 7 is not a multiple of 2 [multipleOf]", one(v -> Checks.multipleOf(v, Pointer.parse("/n"), 7, 2)));
        assertEquals("", one(v -> Checks.multipleOf(v, Pointer.parse("/n"), -8, 2)));
        assertEquals(
                "/s: 0.7 is not a multiple of 0.25 [multipleOf]",
                one(v -> Checks.multipleOf(v, Pointer.parse("/s"), 0.7, 0.25)));
        assertEquals(
                "", one(v -> Checks.multipleOf(v, Pointer.parse("/s"), 0.3, 0.1))); // exact on the decimals written
        assertEquals("", one(v -> Checks.multipleOf(v, Pointer.parse("/s"), 1e308, 0.5)));
        assertEquals("", one(v -> Checks.multipleOf(v, Pointer.parse("/s"), Double.NaN, 0.5)));
        assertThrows(
                IllegalArgumentException.class, () -> Checks.multipleOf(new Violations(), Pointer.parse("/n"), 1, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Checks.multipleOf(new Violations(), Pointer.parse("/n"), 1.0, -1.0));
        assertEquals(
                "/x: 1.25 is not a multiple of 0.5 [multipleOf]",
                one(v -> Checks.multipleOf(v, Pointer.parse("/x"), dec("1.25"), dec("0.5"))));
    }

    @Test
    void stringLengthsCountCodePoints() {
        assertEquals(
                "/prompt: \"abc\" is shorter than the minimum length 5 [minLength]",
                one(v -> Checks.minLength(v, Pointer.parse("/prompt"), "abc", 5)));
        assertEquals(
                "/p: \"abcdef\" is longer than the maximum length 5 [maxLength]",
                one(v -> Checks.maxLength(v, Pointer.parse("/p"), "abcdef", 5)));
        String emoji = "\uD83D\uDE00\uD83D\uDE00"; // 2 code points, 4 UTF-16 units
        assertEquals("", one(v -> Checks.maxLength(v, Pointer.parse("/p"), emoji, 2)));
        assertEquals("", one(v -> Checks.minLength(v, Pointer.parse("/p"), emoji, 2)));
        assertEquals(
                "/p: \"" + emoji + "\" is shorter than the minimum length 3 [minLength]",
                one(v -> Checks.minLength(v, Pointer.parse("/p"), emoji, 3)));
        assertEquals("", one(v -> Checks.minLength(v, Pointer.parse("/p"), (String) null, 3)));
    }

    @Test
    void longStringsAreCutWithTheirLength() {
        String s = "a".repeat(5000);
        String m = one(v -> Checks.maxLength(v, Pointer.parse("/prompt"), s, 4000));
        assertEquals(
                "/prompt: \"" + "a".repeat(40) + "\u2026\" (5000 characters) is longer than the maximum length 4000"
                        + " [maxLength]",
                m);
        String quoted = "line\n\"q\"\\\u0001";
        assertEquals(
                "/p: \"line\\n\\\"q\\\"\\\\\\u0001\" is longer than the maximum length 2 [maxLength]",
                one(v -> Checks.maxLength(v, Pointer.parse("/p"), quoted, 2)));
    }

    @Test
    void patternIsUnanchored() {
        Pattern p = Pattern.compile("[a-z]+");
        assertEquals("", one(v -> Checks.pattern(v, Pointer.parse("/p"), "123abc456", p)));
        assertEquals(
                "/p: \"123\" does not match the pattern \"[a-z]+\" [pattern]",
                one(v -> Checks.pattern(v, Pointer.parse("/p"), "123", p)));
        Pattern anchored = Pattern.compile("^[a-z]+$");
        assertEquals(
                "/p: \"ab1\" does not match the pattern \"^[a-z]+$\" [pattern]",
                one(v -> Checks.pattern(v, Pointer.parse("/p"), "ab1", anchored)));
    }

    @Test
    void aPatternThatBacktracksIsStoppedAtItsBudgetAndTheValueRefused() {
        // Unbounded, java.util.regex takes minutes on this value; the budget ends it in milliseconds.
        Pattern nested = Pattern.compile("^(.*a){12}$");
        String value = "a".repeat(45) + "b";
        String refused = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> one(v -> Checks.pattern(v, Pointer.parse("/prompt"), value, nested)));
        assertEquals(
                "/prompt: \"" + "a".repeat(40) + "\u2026\" (46 characters) is refused: matching it against the pattern"
                        + " \"^(.*a){12}$\" takes more than 1004600 steps [pattern]",
                refused);
        // A value it matches in few steps passes; a long prompt under a linear pattern is far from the budget.
        assertEquals("", one(v -> Checks.pattern(v, Pointer.ROOT, "a".repeat(12), nested)));
        String prompt = "a cat ".repeat(200_000);
        assertEquals("", one(v -> Checks.pattern(v, Pointer.ROOT, prompt, Pattern.compile("^[a-z ]+$"))));
    }

    @Test
    void aMatchThatRecursesTooDeepIsRefusedNotThrown() {
        // java.util.regex recurses once per repetition of a group: a long value overflows the stack.
        Pattern alternation = Pattern.compile("^(a|b)*$");
        String value = "ab".repeat(500_000);
        assertTrue(one(v -> Checks.pattern(v, Pointer.ROOT, value, alternation)).endsWith("steps [pattern]"));
    }

    @Test
    void memberNamesAreMatchedUnderTheSameBudget() {
        Pattern nested = Pattern.compile("^(.*x){12}y$");
        String name = "x".repeat(40);
        assertEquals(
                "/m: \"" + "x".repeat(40) + "\" is refused: matching it against the pattern \"^(.*x){12}y$\" takes more"
                        + " than 1004000 steps [patternProperties]",
                assertTimeoutPreemptively(
                        Duration.ofSeconds(20), () -> one(v -> Checks.finds(v, Pointer.parse("/m"), name, nested))));
        assertFalse(Checks.finds(nested, name));
        assertTrue(Checks.finds(nested, "x".repeat(12) + "y"));
        assertTrue(Checks.finds(new Violations(), Pointer.ROOT, "x".repeat(12) + "y", nested));
    }

    @Test
    void itemCounts() {
        assertEquals(
                "/images: 0 items are fewer than the minimum 1 [minItems]",
                one(v -> Checks.minItems(v, Pointer.parse("/images"), 0, 1)));
        assertEquals(
                "/images: 1 item is fewer than the minimum 2 [minItems]",
                one(v -> Checks.minItems(v, Pointer.parse("/images"), 1, 2)));
        assertEquals(
                "/images: 5 items are more than the maximum 4 [maxItems]",
                one(v -> Checks.maxItems(v, Pointer.parse("/images"), 5, 4)));
        assertEquals("", one(v -> Checks.maxItems(v, Pointer.parse("/images"), 4, 4)));
    }

    @Test
    void oneFileOfAListOfFiles() {
        assertEquals("", one(v -> Checks.oneFile(v, Pointer.parse("/image"), 1)));
        assertEquals("/image: 17 files, not one [type]", one(v -> Checks.oneFile(v, Pointer.parse("/image"), 17)));
        assertEquals("/image: 0 files, not one [type]", one(v -> Checks.oneFile(v, Pointer.parse("/image"), 0)));
    }

    @Test
    void required() {
        assertEquals(
                "/: missing required property \"prompt\" [required]",
                one(v -> Checks.required(v, Pointer.ROOT, "prompt", null)));
        assertEquals("", one(v -> Checks.required(v, Pointer.ROOT, "prompt", "")));
        assertEquals(
                "/options: missing required property \"a/b\" [required]",
                one(v -> Checks.required(v, Pointer.parse("/options"), "a/b", null)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1        | integer | true",
                "1.0 | integer | true",
                "1.5 | integer | false",
                "1e2 | integer | true",
                "-0.0     | integer | true",
                "1E+999999999 | integer | true",
                "1E-999999999 | integer | false",
                "1.5      | number  | true",
                "\"1\" | number | false",
                "\"a\" | string | true",
                "null | null | true",
                "true     | boolean | true",
                "0 | boolean | false",
                "[] | array | true",
                "{} | object | true",
                "{}       | array   | false",
                "null | object | false",
            })
    void jsonTypes(String value, String type, boolean expected) {
        assertEquals(expected, Checks.isType(json(value), type));
    }

    @Test
    void typeTestOnDoubleNodes() {
        assertTrue(Checks.isType(DoubleNode.valueOf(3.0), "integer"));
        assertFalse(Checks.isType(DoubleNode.valueOf(3.5), "integer"));
        assertFalse(Checks.isType(DoubleNode.valueOf(Double.NaN), "integer"));
        assertThrows(IllegalArgumentException.class, () -> Checks.isType(IntNode.valueOf(1), "int"));
    }

    @Test
    void typeMessages() {
        assertEquals(
                "/seed: \"abc\" is not of type integer [type]",
                one(v -> Checks.type(v, Pointer.parse("/seed"), json("\"abc\""), "integer")));
        assertEquals(
                "/seed: 1.5 is not of type integer or null [type]",
                one(v -> Checks.type(v, Pointer.parse("/seed"), json("1.5"), "integer", "null")));
        assertEquals(
                "/x: {\"a\":[1,2]} is not of type integer, string or null [type]",
                one(v -> Checks.type(v, Pointer.parse("/x"), json("{\"a\":[1,2]}"), "integer", "string", "null")));
        assertEquals("", one(v -> Checks.type(v, Pointer.parse("/seed"), json("1.0"), "integer")));
        assertEquals("", one(v -> Checks.type(v, Pointer.parse("/seed"), null, "integer")));
    }

    @Test
    void jsonSchemaEquality() {
        assertTrue(Checks.jsonEquals(json("1"), json("1.0")));
        assertTrue(Checks.jsonEquals(json("1"), DoubleNode.valueOf(1.0)));
        assertTrue(Checks.jsonEquals(json("100"), json("1e2")));
        assertFalse(Checks.jsonEquals(json("1"), json("1.000000000000000000001")));
        assertTrue(Checks.jsonEquals(
                json("{\"a\":1,\"b\":[1,{\"c\":null}]}"), json("{\"b\":[1.0,{\"c\":null}],\"a\":1}")));
        assertFalse(Checks.jsonEquals(json("{\"a\":1}"), json("{\"a\":1,\"b\":2}")));
        assertFalse(Checks.jsonEquals(json("{\"a\":1}"), json("{\"b\":1}")));
        assertFalse(Checks.jsonEquals(json("[1,2]"), json("[2,1]")));
        assertFalse(Checks.jsonEquals(json("[1]"), json("[1,1]")));
        assertFalse(Checks.jsonEquals(json("\"1\""), json("1")));
        assertFalse(Checks.jsonEquals(json("true"), json("1")));
        assertFalse(Checks.jsonEquals(json("null"), json("false")));
        assertTrue(Checks.jsonEquals(json("\"a\""), json("\"a\"")));
    }

    @Test
    void enumAndConst() {
        List<JsonNode> allowed = List.of(json("\"a\""), json("2"), json("null"));
        assertEquals("", one(v -> Checks.enumValue(v, Pointer.parse("/x"), json("2.0"), allowed)));
        assertEquals("", one(v -> Checks.enumValue(v, Pointer.parse("/x"), json("null"), allowed)));
        assertEquals(
                "/x: \"b\" is not one of [\"a\",2,null] [enum]",
                one(v -> Checks.enumValue(v, Pointer.parse("/x"), json("\"b\""), allowed)));
        assertEquals(
                "/x: 2 does not equal the constant 1 [const]",
                one(v -> Checks.constValue(v, Pointer.parse("/x"), json("2"), json("1"))));
        assertEquals("", one(v -> Checks.constValue(v, Pointer.parse("/x"), json("1.0"), json("1"))));
    }

    @Test
    void dynamicChecksIgnoreOtherTypes() {
        JsonNode text = json("\"abc\"");
        JsonNode number = json("30");
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/x"), text, dec("20"))));
        assertEquals(
                "/x: 30 is above the maximum 20 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/x"), number, dec("20"))));
        assertEquals(
                "/x: 30 is below the minimum 31 [minimum]",
                one(v -> Checks.minimum(v, Pointer.parse("/x"), number, dec("31"))));
        assertEquals(
                "/x: 30 is not below the exclusive maximum 30 [exclusiveMaximum]",
                one(v -> Checks.exclusiveMaximum(v, Pointer.parse("/x"), number, dec("30"))));
        assertEquals(
                "/x: 30 is not above the exclusive minimum 30 [exclusiveMinimum]",
                one(v -> Checks.exclusiveMinimum(v, Pointer.parse("/x"), number, dec("30"))));
        assertEquals(
                "/x: 30 is not a multiple of 7 [multipleOf]",
                one(v -> Checks.multipleOf(v, Pointer.parse("/x"), number, dec("7"))));
        assertEquals(
                "/x: 1.10 is above the maximum 1.09 [maximum]",
                one(v -> Checks.maximum(v, Pointer.parse("/x"), json("1.10"), dec("1.09"))));
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/x"), json("1.10"), dec("1.1"))));
        assertEquals("", one(v -> Checks.minLength(v, Pointer.parse("/x"), number, 5)));
        assertEquals(
                "/x: \"abc\" is shorter than the minimum length 5 [minLength]",
                one(v -> Checks.minLength(v, Pointer.parse("/x"), text, 5)));
        assertEquals(
                "/x: \"abc\" is longer than the maximum length 2 [maxLength]",
                one(v -> Checks.maxLength(v, Pointer.parse("/x"), text, 2)));
        assertEquals("", one(v -> Checks.pattern(v, Pointer.parse("/x"), number, Pattern.compile("^a"))));
        assertEquals(
                "/x: \"abc\" does not match the pattern \"^b\" [pattern]",
                one(v -> Checks.pattern(v, Pointer.parse("/x"), text, Pattern.compile("^b"))));
        assertEquals("", one(v -> Checks.minItems(v, Pointer.parse("/x"), text, 1)));
        assertEquals(
                "/x: 2 items are fewer than the minimum 3 [minItems]",
                one(v -> Checks.minItems(v, Pointer.parse("/x"), json("[1,2]"), 3)));
        assertEquals(
                "/x: 2 items are more than the maximum 1 [maxItems]",
                one(v -> Checks.maxItems(v, Pointer.parse("/x"), json("[1,2]"), 1)));
        assertEquals("", one(v -> Checks.maximum(v, Pointer.parse("/x"), (JsonNode) null, dec("1"))));
    }

    @Test
    void memberCounts() {
        assertEquals(
                "/q: 1 property is fewer than the minimum 2 [minProperties]",
                one(v -> Checks.minProperties(v, Pointer.parse("/q"), 1, 2)));
        assertEquals("", one(v -> Checks.minProperties(v, Pointer.parse("/q"), 2, 2)));
        assertEquals(
                "/q: 3 properties are more than the maximum 2 [maxProperties]",
                one(v -> Checks.maxProperties(v, Pointer.parse("/q"), 3, 2)));
        assertEquals("", one(v -> Checks.maxProperties(v, Pointer.parse("/q"), 2, 2)));
        assertEquals(
                "/: 0 properties are fewer than the minimum 1 [minProperties]",
                one(v -> Checks.minProperties(v, Pointer.ROOT, json("{}"), 1)));
        assertEquals(
                "/: 2 properties are more than the maximum 1 [maxProperties]",
                one(v -> Checks.maxProperties(v, Pointer.ROOT, json("{\"a\":1,\"b\":2}"), 1)));
        // Other JSON types pass, as JSON Schema says.
        assertEquals("", one(v -> Checks.minProperties(v, Pointer.ROOT, json("[]"), 1)));
        assertEquals("", one(v -> Checks.maxProperties(v, Pointer.ROOT, json("\"ab\""), 1)));
        assertEquals("", one(v -> Checks.minProperties(v, Pointer.ROOT, (JsonNode) null, 1)));
    }

    @Test
    void dependentRequired() {
        assertEquals(
                "/: missing property \"b\", required when \"a\" is present [dependentRequired]",
                one(v -> Checks.dependentRequired(v, Pointer.ROOT, "a", "b", false)));
        assertEquals("", one(v -> Checks.dependentRequired(v, Pointer.ROOT, "a", "b", true)));
        assertFalse(Checks.present(null));
        assertFalse(Checks.present(Nullable.unset()));
        assertTrue(Checks.present(Nullable.ofNull()));
        assertTrue(Checks.present(0));
        assertEquals(2, Checks.presentMembers(1, null, Nullable.ofNull(), Nullable.unset()));
        assertEquals(
                "/: missing property \"c\", required when \"a\" is present [dependentRequired]",
                one(v -> Checks.dependentRequired(v, Pointer.ROOT, json("{\"a\":1,\"b\":2}"), "a", List.of("b", "c"))));
        assertEquals("", one(v -> Checks.dependentRequired(v, Pointer.ROOT, json("{\"b\":2}"), "a", List.of("c"))));
        assertEquals("", one(v -> Checks.dependentRequired(v, Pointer.ROOT, json("[\"a\"]"), "a", List.of("c"))));
        Violations two = new Violations();
        assertFalse(Checks.dependentRequired(two, Pointer.ROOT, json("{\"a\":null}"), "a", List.of("b", "c")));
        assertEquals(2, two.size(), two.toString());
    }

    @Test
    void propertyNames() {
        Violations name = new Violations();
        Checks.pattern(name, Pointer.ROOT, "Bad", Pattern.compile("^[a-z]+$"));
        assertEquals(
                "/q: property name \"Bad\" is not valid (\"Bad\" does not match the pattern \"^[a-z]+$\")"
                        + " [propertyNames]",
                one(v -> Checks.propertyName(v, Pointer.parse("/q"), "Bad", name)));
        assertEquals("", one(v -> Checks.propertyName(v, Pointer.parse("/q"), "good", new Violations())));
    }

    @Test
    void longJsonValuesAreCut() {
        String m = one(v -> Checks.type(v, Pointer.parse("/x"), json("[" + "1,".repeat(1000) + "1]"), "string"));
        assertTrue(m.length() < 120, m);
        assertTrue(m.startsWith("/x: [1,1,1,"), m);
        assertTrue(m.contains("\u2026 is not of type string"), m);
    }

    @Test
    void messagesDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(
                    "/s: 30.5 is above the maximum 20.25 [maximum]",
                    one(v -> Checks.maximum(v, Pointer.parse("/s"), 30.5, 20.25)));
            assertEquals(
                    "/p: \"\\u0001\" is longer than the maximum length 0 [maxLength]",
                    one(v -> Checks.maxLength(v, Pointer.parse("/p"), "\u0001", 0)));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void uniqueItemsComparesAsJsonSchemaDoes() {
        Pointer x = Pointer.parse("/x");
        assertEquals(
                "/x: items 0 and 2 are equal [uniqueItems]", one(v -> Checks.uniqueItems(v, x, json("[1,2,1.0]"))));
        assertEquals(
                "/x: items 0 and 1 are equal [uniqueItems]",
                one(v -> Checks.uniqueItems(v, x, json("[{\"a\":1,\"b\":[2.0]},{\"b\":[2],\"a\":1.00}]"))));
        assertEquals(
                "/x: items 1 and 2 are equal [uniqueItems]", one(v -> Checks.uniqueItems(v, x, json("[0,1e2,100]"))));
        assertEquals("/x: items 0 and 1 are equal [uniqueItems]", one(v -> Checks.uniqueItems(v, x, json("[0,0.0]"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, json("[[1,2],[2,1],1,true,\"1\",null,{},[]]"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, json("[{\"a\":1},{\"a\":1,\"b\":1},false,0]"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, json("[1,1.000000000000000000001]"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, json("{\"a\":1,\"b\":1}"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, json("[]"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, (JsonNode) null)));
        assertEquals(
                "/x: items 1 and 3 are equal [uniqueItems]",
                one(v -> Checks.uniqueItems(v, x, List.of("a", "b", "c", "b"))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, List.of(1L, 2L, 3L))));
        assertEquals("", one(v -> Checks.uniqueItems(v, x, (List<?>) null)));
    }

    @Test
    void containsCountsAgainstItsBounds() {
        Pointer x = Pointer.parse("/x");
        assertEquals("/x: no item matches the schema of contains [contains]", one(v -> Checks.contains(v, x, 0)));
        assertEquals("", one(v -> Checks.contains(v, x, 1)));
        assertEquals(
                "/x: 1 item matches the schema of contains, fewer than the minimum 2 [minContains]",
                one(v -> Checks.minContains(v, x, 1, 2)));
        assertEquals("", one(v -> Checks.minContains(v, x, 2, 2)));
        assertEquals("", one(v -> Checks.minContains(v, x, 0, 0)));
        assertEquals(
                "/x: 3 items match the schema of contains, more than the maximum 2 [maxContains]",
                one(v -> Checks.maxContains(v, x, 3, 2)));
        assertEquals("", one(v -> Checks.maxContains(v, x, 2, 2)));
    }

    @Test
    void notPassesWhatItsSchemaRefuses() {
        Pointer x = Pointer.parse("/x");
        Violations refused = Violations.counting();
        Checks.never(refused, x);
        assertEquals("", one(v -> Checks.not(v, x, refused)));
        assertEquals("/x: matches the schema of not [not]", one(v -> Checks.not(v, x, new Violations())));
    }
}
