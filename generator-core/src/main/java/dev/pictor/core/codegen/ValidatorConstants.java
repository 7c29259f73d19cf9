package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.link.JavaNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The constants of one generated validator: what a check would otherwise rebuild on every call (a compiled pattern,
 * a decimal limit, the values of an {@code enum} or {@code const}, the names a {@code properties} declares) becomes
 * a {@code static final} field, made once per distinct value and named in the order first asked for.
 */
final class ValidatorConstants {

    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName PICTOR_JSON = ClassName.get("dev.pictor.runtime.json", "PictorJson");
    /** Longest string literal emitted in one piece (a class file constant holds at most 65535 bytes of UTF-8). */
    private static final int MAX_LITERAL = 16_000;
    /** The helpers that read JSON constants at class initialisation, reserved among the class's members. */
    static final Set<String> HELPERS = Set.of("values", "json");

    private final JavaNames.ClassMembers names;
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final Map<String, String> decimals = new LinkedHashMap<>();
    /** {@code enum} and {@code const} values, keyed by kind and JSON text; they share one numbering. */
    private final Map<String, String> jsonConstants = new LinkedHashMap<>();

    private final Map<String, String> nameSets = new LinkedHashMap<>();
    private boolean needsValuesHelper;
    private boolean needsJsonHelper;

    ValidatorConstants(JavaNames.ClassMembers names) {
        this.names = names;
    }

    /** The fields, in the order first asked for. */
    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    /** The helper methods the fields' initialisers call. */
    List<MethodSpec> helpers() {
        List<MethodSpec> helpers = new ArrayList<>();
        if (needsValuesHelper) {
            helpers.add(valuesHelper());
        }
        if (needsJsonHelper) {
            helpers.add(jsonHelper());
        }
        return helpers;
    }

    /** A {@code Pattern} compiled once from the schema's {@code pattern}. */
    String pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            String name = names.constant("PATTERN", patterns.size());
            fields.add(FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            "The schema's pattern <code>$L</code>, matched under the step budget of {@code"
                                    + " Checks.pattern}: a value whose match would take longer is refused.\n",
                            JavadocText.escape(r))
                    .initializer("$T.compile($L)", Pattern.class, literal(r))
                    .build());
            return name;
        });
    }

    /** A limit that neither a {@code long} nor a {@code double} holds exactly, as a {@code BigDecimal}. */
    String decimal(BigDecimal value) {
        String text = value.toString();
        return decimals.computeIfAbsent(text, t -> {
            String name = names.constant("DECIMAL", decimals.size());
            fields.add(FieldSpec.builder(BigDecimal.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The schema's number $L.\n", JavadocText.escape(t))
                    .initializer("new $T($S)", BigDecimal.class, t)
                    .build());
            return name;
        });
    }

    /** The values an {@code enum} allows, as a {@code List<JsonNode>}. */
    String enumValues(List<JsonNode> values) {
        String json = values.stream().map(JsonNode::toString).collect(Collectors.joining(",", "[", "]"));
        return jsonConstant("ENUM", json, true);
    }

    /** The value a {@code const} requires, as a {@code JsonNode}. */
    String constValue(JsonNode value) {
        return jsonConstant("CONST", value.toString(), false);
    }

    private String jsonConstant(String kind, String json, boolean list) {
        return jsonConstants.computeIfAbsent(kind + ":" + json, k -> {
            String name = names.constant(kind, jsonConstants.size());
            TypeName type = list ? ParameterizedTypeName.get(ClassName.get(List.class), JSON_NODE) : JSON_NODE;
            CodeBlock init;
            if (list) {
                needsValuesHelper = true;
                init = CodeBlock.of("values($L)", literal(json));
            } else {
                needsJsonHelper = true;
                init = CodeBlock.of("json($L)", literal(json));
            }
            fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            list
                                    ? "The values the schema's {@code enum} allows.\n"
                                    : "The value the schema's {@code const} requires.\n")
                    .initializer(init)
                    .build());
            return name;
        });
    }

    /** The property names a {@code properties} declares, as a {@code Set<String>}, to tell the others apart. */
    String declaredNames(Set<String> declared) {
        return nameSets.computeIfAbsent(String.join("\u0000", declared), k -> {
            String name = names.constant("DECLARED", nameSets.size());
            CodeBlock members = declared.stream().map(StringLiterals::of).collect(CodeBlock.joining(", "));
            fields.add(FieldSpec.builder(
                            ParameterizedTypeName.get(Set.class, String.class),
                            name,
                            Modifier.PRIVATE,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The property names declared under {@code properties}.\n")
                    .initializer("$T.of($L)", Set.class, members)
                    .build());
            return name;
        });
    }

    private static MethodSpec valuesHelper() {
        return MethodSpec.methodBuilder("values")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), JSON_NODE))
                .addParameter(String.class, "json")
                .addJavadoc("The items of a JSON array written in the schema.\n\n"
                        + "@param json the array as JSON text\n@return its items\n")
                .addStatement("$T<$T> items = new $T<>()", List.class, JSON_NODE, ArrayList.class)
                .addStatement("$T.read(json, $T.class).forEach(items::add)", PICTOR_JSON, JSON_NODE)
                .addStatement("return $T.copyOf(items)", List.class)
                .build();
    }

    private static MethodSpec jsonHelper() {
        return MethodSpec.methodBuilder("json")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE)
                .addParameter(String.class, "json")
                .addJavadoc("A JSON value written in the schema.\n\n@param json the value as JSON text\n"
                        + "@return the value\n")
                .addStatement("return $T.read(json, $T.class)", PICTOR_JSON, JSON_NODE)
                .build();
    }

    /** A string literal, split into pieces joined at class initialisation when too long for one constant. */
    static CodeBlock literal(String s) {
        if (s.length() <= MAX_LITERAL) {
            return StringLiterals.of(s);
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = Math.min(s.length(), i + MAX_LITERAL);
            if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            pieces.add(StringLiterals.of(s.substring(i, end)));
            i = end;
        }
        return CodeBlock.of("$T.join($S, $L)", String.class, "", CodeBlock.join(pieces, ", "));
    }
}
