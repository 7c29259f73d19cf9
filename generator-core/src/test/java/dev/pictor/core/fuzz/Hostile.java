package dev.pictor.core.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile values the mutations insert: what ends a Java literal or comment, what a file system or a URI refuses,
 * numbers no one should expand, references to odd places, keywords with values no validator can use.
 *
 * <p>Left out on purpose: patterns with nested quantifiers ({@code ^(.*a){12}$}), which backtrack for seconds on a
 * matching example. Bounding that is issue 17 point 5 ({@code pattern.too-costly}, a linear-time engine); until it is
 * done such a pattern would only time this harness out.
 */
final class Hostile {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that end literals and comments, or that file systems, URIs and Java names choke on. */
    static final List<String> STRINGS = List.of(
            "\u2028",
            "a\u2029b",
            "\u0000",
            "nul\u0000inside",
            "\\",
            "back\\slash\\u0041",
            "\"",
            "*/ /* // \"\\",
            "\r\n",
            "line\nbreak",
            "\t",
            "\u0085next",
            "${user.home}",
            "{{template}}",
            "\u202eevil",
            "é日本語",
            "\uD83D\uDE00",
            "",
            " ",
            "0leadingDigit",
            "class",
            "java.lang",
            "Object",
            "String",
            "record",
            "_",
            "$",
            "-",
            "__proto__",
            "#",
            "%00",
            "..",
            "../escape",
            "a/b",
            "a\\b",
            "~1",
            "CON",
            "Request",
            "RequestValidator",
            "validate",
            "hashCode",
            "getClass",
            "builder",
            "x".repeat(300),
            "y".repeat(70_000));

    /** Names of members: schema property names and keywords alike. */
    static final List<String> NAMES = List.of(
            "\u2028",
            "p\u2029",
            "nul\u0000",
            "back\\slash",
            "quote\"",
            "*/",
            "",
            " ",
            "9",
            "class",
            "Class",
            "CLASS",
            "_",
            "$",
            "$ref",
            "$defs",
            "properties",
            "type",
            "enum",
            "default",
            "examples",
            "x-vendor",
            "prompt",
            "Prompt",
            "PROMPT",
            "prompt_",
            "prompt-",
            "width",
            "seed",
            "java",
            "getClass",
            "toString",
            "hashCode",
            "equals",
            "validate",
            "builder",
            "Builder",
            "Request",
            "é",
            "日本",
            "a".repeat(1_000),
            "b".repeat(70_000));

    /**
     * Number literals, written into the text as they are (a tree would expand them): huge exponents, more digits than
     * a long or a double holds, a negative zero, denormals.
     */
    static final List<String> NUMBERS = List.of(
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "1E400",
            "-1E400",
            "4.9e-325",
            "1.7976931348623157e309",
            "9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890.000000000000000000001",
            "-0",
            "-0.0",
            "0.1",
            "2147483648",
            "1" + "0".repeat(2_000),
            "0." + "0".repeat(2_000) + "1",
            "7".repeat(200_000));

    /** Values of every JSON type, for a member that expects another. */
    static final List<JsonNode> VALUES = List.of(
            NODES.nullNode(),
            NODES.booleanNode(true),
            NODES.booleanNode(false),
            NODES.numberNode(0),
            NODES.numberNode(-1),
            NODES.numberNode(2.5),
            NODES.textNode("x"),
            NODES.objectNode(),
            NODES.arrayNode(),
            NODES.arrayNode().add(NODES.nullNode()),
            NODES.objectNode().put("type", "string"),
            NODES.objectNode().set("not", NODES.objectNode()));

    /** Where a {@code $ref} may point: nowhere, out of the root, into values that are no schema, to itself. */
    static final List<String> REFS = List.of(
            "#",
            "#/",
            "#/input",
            "#/output",
            "#/input/properties",
            "#/input/properties/prompt",
            "#/input/properties/prompt/type",
            "#/input/properties/prompt/description",
            "#/input/required",
            "#/input/required/0",
            "#/examples/0/input",
            "#/source",
            "#/provider",
            "#/$defs/missing",
            "#/input/$defs/missing",
            "#/input/allOf/99",
            "#/input/properties/%00",
            "#/input/properties/~2",
            "#%2Finput",
            "#/-1",
            "#anchor",
            "#a b",
            "provider.json",
            "../provider.json",
            "../../provider.json#/baseUrl",
            "../../../pictor-lint.json",
            "2025-11-20.json#/input",
            "missing.json",
            "shared.schema.json#/nope",
            "x.json#/$defs/y",
            "\u0000",
            "a\u0000b.json",
            "a\\b.json",
            "C:\\windows\\x.json",
            "/etc/passwd",
            "file:///etc/passwd",
            "http://example.com/schema.json",
            "https://json-schema.org/draft/2020-12/schema",
            "https://json-schema.org/draft/2020-12/schema#/$defs/nonNegativeInteger",
            "urn:example:thing",
            "//host/share",
            "%",
            "\u2028",
            "#/input/properties/\u2028");

    /** Patterns: invalid in ECMA-262 or in Java, or valid in one only; none that backtracks without end. */
    static final List<String> PATTERNS = List.of(
            "[",
            "(",
            ")",
            "a{2,1}",
            "\\",
            "\\p{Invalid}",
            "\\p{Letter}+",
            "\\p{Script=Greek}",
            "(?<name>a)\\k<name>",
            "\\k<missing>",
            "(?i)case",
            "(?=a)a",
            "(?<=a)b",
            "\\Qquoted\\E",
            "[[a]]",
            "[a-]",
            "[z-a]",
            "\\cJ",
            "\\u{1F600}",
            "^\u2028$",
            "^a$",
            "[$]",
            "\\$",
            "\\d+$",
            "*",
            "+a",
            "a**",
            "\u0000",
            "\"",
            "*/",
            "\\\\u2028",
            "");

    /** Types: each JSON type, lists, and names that are none. */
    static final List<JsonNode> TYPES = List.of(
            NODES.textNode("string"),
            NODES.textNode("integer"),
            NODES.textNode("number"),
            NODES.textNode("boolean"),
            NODES.textNode("object"),
            NODES.textNode("array"),
            NODES.textNode("null"),
            NODES.textNode("file"),
            NODES.textNode("String"),
            NODES.textNode(""),
            NODES.arrayNode(),
            NODES.arrayNode().add("string").add("null"),
            NODES.arrayNode().add("integer").add("string"),
            NODES.arrayNode().add("string").add("string"),
            NODES.arrayNode().add("object").add("array").add("null"),
            NODES.numberNode(1),
            NODES.nullNode());

    /** Keywords with values a validator cannot use, or that no value can satisfy. */
    static final List<Keyword> KEYWORDS = List.of(
            new Keyword("$dynamicRef", NODES.textNode("#meta")),
            new Keyword("$dynamicRef", NODES.textNode("#/input")),
            new Keyword("$dynamicAnchor", NODES.textNode("meta")),
            new Keyword("$recursiveRef", NODES.textNode("#")),
            new Keyword("$anchor", NODES.textNode("a b")),
            new Keyword("$anchor", NODES.textNode("anchor")),
            new Keyword("$id", NODES.textNode("::not a uri")),
            new Keyword("$id", NODES.textNode("#fragment")),
            new Keyword("$id", NODES.textNode("http://example.com/other.json")),
            new Keyword("$id", NODES.textNode("urn:")),
            new Keyword("$id", NODES.textNode("a\u0000b")),
            new Keyword("$schema", NODES.textNode("image/png")),
            new Keyword("$schema", NODES.textNode("http://json-schema.org/draft-04/schema#")),
            new Keyword("$schema", NODES.textNode("https://json-schema.org/draft/2019-09/schema")),
            new Keyword("$schema", NODES.textNode("")),
            new Keyword(
                    "$defs", NODES.objectNode().set("\u2028", NODES.objectNode().put("type", "string"))),
            new Keyword("definitions", NODES.objectNode().set("x", NODES.booleanNode(false))),
            new Keyword("enum", NODES.arrayNode()),
            new Keyword("enum", NODES.arrayNode().add("a").add("a")),
            new Keyword(
                    "enum",
                    NODES.arrayNode()
                            .add("\u2028")
                            .add("a\u2029")
                            .add("\u0000")
                            .add("\\")
                            .add("*/")),
            new Keyword(
                    "enum",
                    NODES.arrayNode().add(1).add("1").add(NODES.nullNode()).add(true)),
            new Keyword("enum", NODES.arrayNode().add("A").add("a").add("a-").add("a_")),
            new Keyword("enum", NODES.textNode("not an array")),
            new Keyword("const", NODES.textNode("\u2028")),
            new Keyword("const", NODES.objectNode().put("a", 1)),
            new Keyword("default", NODES.textNode("\u2029*/\u0000")),
            new Keyword("default", NODES.arrayNode().add(1)),
            new Keyword("minimum", NODES.numberNode(10)),
            new Keyword("maximum", NODES.numberNode(-10)),
            new Keyword("exclusiveMinimum", NODES.numberNode(5)),
            new Keyword("exclusiveMaximum", NODES.numberNode(5)),
            new Keyword("exclusiveMinimum", NODES.booleanNode(true)),
            new Keyword("multipleOf", NODES.numberNode(0)),
            new Keyword("multipleOf", NODES.numberNode(-1)),
            new Keyword("multipleOf", NODES.numberNode(0.0001)),
            new Keyword("minLength", NODES.numberNode(-1)),
            new Keyword("minLength", NODES.numberNode(2.5)),
            new Keyword("maxLength", NODES.numberNode(0)),
            new Keyword("minItems", NODES.numberNode(5)),
            new Keyword("maxItems", NODES.numberNode(1)),
            new Keyword("uniqueItems", NODES.textNode("yes")),
            new Keyword("format", NODES.textNode("regex")),
            new Keyword("format", NODES.textNode("no-such-format")),
            new Keyword("format", NODES.textNode("binary")),
            new Keyword("items", NODES.booleanNode(false)),
            new Keyword("items", NODES.arrayNode().add(NODES.objectNode())),
            new Keyword("prefixItems", NODES.arrayNode()),
            new Keyword("additionalProperties", NODES.booleanNode(false)),
            new Keyword("additionalProperties", NODES.textNode("x")),
            new Keyword("unevaluatedProperties", NODES.booleanNode(false)),
            new Keyword("required", NODES.arrayNode().add("missing").add("missing")),
            new Keyword("required", NODES.arrayNode().add("\u2028")),
            new Keyword(
                    "dependentRequired",
                    NODES.objectNode().set("a", NODES.arrayNode().add("b"))),
            new Keyword("propertyNames", NODES.objectNode().put("pattern", "[")),
            new Keyword("patternProperties", NODES.objectNode().set("[", NODES.objectNode())),
            new Keyword("patternProperties", NODES.objectNode().set("^x-\u2028$", NODES.objectNode())),
            new Keyword(
                    "if", NODES.objectNode().set("required", NODES.arrayNode().add("a"))),
            new Keyword("then", NODES.booleanNode(false)),
            new Keyword("not", NODES.objectNode()),
            new Keyword("oneOf", NODES.arrayNode()),
            new Keyword("anyOf", NODES.arrayNode().add(true).add(false)),
            new Keyword("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#"))),
            new Keyword(
                    "oneOf",
                    NODES.arrayNode()
                            .add(NODES.objectNode().put("type", "string"))
                            .add(NODES.objectNode().put("type", "string"))),
            new Keyword("contains", NODES.objectNode().put("type", "null")),
            new Keyword("contentMediaType", NODES.textNode("image/png")),
            new Keyword("contentEncoding", NODES.textNode("base64")),
            new Keyword("contentType", NODES.textNode("image/\u2028")),
            new Keyword("nullable", NODES.booleanNode(true)),
            new Keyword("deprecated", NODES.textNode("yes")),
            new Keyword("x-unknown", NODES.objectNode()),
            new Keyword("description", NODES.textNode("*/ ends a comment; \u2028 ends a literal; {@code x")),
            new Keyword("title", NODES.textNode("<script>&amp;</b>")),
            new Keyword("examples", NODES.arrayNode().add("\u2028")),
            new Keyword("$comment", NODES.numberNode(1)));

    private static final Pattern NUMBER_MARK = Pattern.compile("\"@@num(\\d+)@@\"");
    private static final String DUPLICATE_MARK = "@@dup@@";

    private Hostile() {}

    /** A keyword and its value. */
    record Keyword(String name, JsonNode value) {}

    static <T> T pick(List<T> list, int pick) {
        return list.get(Math.floorMod(pick, list.size()));
    }

    /** A string that {@link #expand} turns into one of {@link #NUMBERS}, written as it is. */
    static JsonNode number(int pick) {
        return NODES.textNode("@@num" + Math.floorMod(pick, NUMBERS.size()) + "@@");
    }

    /** A member name that {@link #expand} turns into {@code name}, so the object has {@code name} twice. */
    static String duplicateOf(String name) {
        return DUPLICATE_MARK + name;
    }

    /** The many properties of {@link Mutation.Kind#MANY}: names that differ only where Java names cannot. */
    static ObjectNode manyProperties(int count) {
        ObjectNode properties = NODES.objectNode();
        for (int i = 0; i < count; i++) {
            String name = switch (i % 4) {
                case 0 -> "p" + i;
                case 1 -> "p_" + i;
                case 2 -> "p-" + (i - 1);
                default -> "P" + (i - 3);
            };
            properties.set(name, NODES.objectNode().put("type", i % 2 == 0 ? "string" : "integer"));
        }
        return properties;
    }

    /** The many values of {@link Mutation.Kind#MANY}. */
    static ArrayNode manyValues(int count) {
        ArrayNode values = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            values.add(i % 3 == 0 ? "value " + i : "v" + i);
        }
        return values;
    }

    /** The document's text with the marks of numbers and duplicate members replaced by what they stand for. */
    static String expand(String text) {
        Matcher m = NUMBER_MARK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(NUMBERS.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().replace("\"" + DUPLICATE_MARK, "\"");
    }
}
