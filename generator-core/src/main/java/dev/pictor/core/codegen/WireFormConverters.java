package dev.pictor.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaNames;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.JsonType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The JSON form of a typed value, as the request would send it, for the keywords a typed value cannot answer (an
 * {@code enum} on a record, a {@code type} it never has, every keyword on a union's value). A scalar's form is one
 * expression; a list's, a record's, a union's or image bytes' is a private method of the validator, generated the
 * first time it is needed, so the checks stay short and a converter is written once per type.
 */
final class WireFormConverters {

    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

    private final LinkedModel model;
    private final String pkg;
    private final JavaNames.ClassMembers names;
    private final Map<JavaType, String> methodNames = new HashMap<>();
    /** The converters in the order first needed; a slot is filled once its body is generated. */
    private final List<MethodSpec> methods = new ArrayList<>();

    WireFormConverters(LinkedModel model, JavaNames.ClassMembers names) {
        this.model = model;
        this.pkg = model.javaPackage();
        this.names = names;
    }

    /** The converter methods generated so far, in the order first needed. */
    List<MethodSpec> methods() {
        return List.copyOf(methods);
    }

    /** An expression giving the JSON form of {@code value}, held as {@code repr} (scalars unboxed, ints as longs). */
    CodeBlock wire(JavaType repr, CodeBlock value) {
        if (repr instanceof JavaType.Passthrough) {
            return value;
        }
        if (repr instanceof JavaType.Scalar s) {
            return switch (s.kind()) {
                case STRING -> CodeBlock.of("$T.valueOf($L)", TextNode.class, value);
                case INT, LONG -> CodeBlock.of("$T.valueOf($L)", LongNode.class, value);
                case DOUBLE -> CodeBlock.of("$T.valueOf($L)", DoubleNode.class, value);
                case BOOLEAN -> CodeBlock.of("$T.valueOf($L)", BooleanNode.class, value);
            };
        }
        if (repr instanceof JavaType.EnumRef e) {
            JsonType wireType = model.enumDecl(e.simpleName())
                    .orElseThrow(() -> new IllegalStateException("no enum " + e.simpleName() + " in " + model.file()))
                    .wireType();
            Class<?> node = wireType == JsonType.INTEGER
                    ? LongNode.class
                    : wireType == JsonType.NUMBER ? DecimalNode.class : TextNode.class;
            return CodeBlock.of("$T.valueOf($L.wireValue())", node, value);
        }
        if (repr instanceof JavaType.OpenEnumRef) {
            return CodeBlock.of("$T.valueOf($L.wireValue())", TextNode.class, value);
        }
        if (repr instanceof JavaType.Bytes b && b.encoding() == JavaType.BytesEncoding.BASE64) {
            return CodeBlock.of(
                    "$T.valueOf($T.getEncoder().encodeToString($L.toByteArray()))",
                    TextNode.class,
                    Base64.class,
                    value);
        }
        return CodeBlock.of("$N($L)", converter(repr), value);
    }

    /** The JSON form of an element held in a list or a record component (boxed, or a {@code JsonValue}). */
    private CodeBlock wireHeld(JavaType repr, CodeBlock value) {
        if (repr instanceof JavaType.Passthrough) {
            return CodeBlock.of("$L.node()", value);
        }
        if (repr instanceof JavaType.Nullable n) {
            return CodeBlock.of(
                    "$L.hasValue() ? $L : $T.getInstance()",
                    value,
                    wireHeld(n.value(), CodeBlock.of("$L.value()", value)),
                    NullNode.class);
        }
        return wire(repr, value);
    }

    /** The converter method for a list, a record, a union or image bytes; generated on first use. */
    private String converter(JavaType repr) {
        String known = methodNames.get(repr);
        if (known != null) {
            return known;
        }
        String name = names.wireMethod(repr);
        methodNames.put(repr, name);
        int index = methods.size();
        methods.add(null); // keeps converters in the order first needed; the body may need others first
        CodeBlock.Builder code = CodeBlock.builder();
        if (repr instanceof JavaType.ListOf l) {
            code.addStatement("$T json = $T.instance.arrayNode(value.size())", ArrayNode.class, JsonNodeFactory.class);
            code.beginControlFlow("for ($T item : value)", JavaTypes.of(l.item(), pkg))
                    .addStatement("json.add($L)", wireHeld(l.item(), CodeBlock.of("item")))
                    .endControlFlow();
            code.addStatement("return json");
        } else if (repr instanceof JavaType.MapOf m) {
            code.addStatement("$T json = $T.instance.objectNode()", ObjectNode.class, JsonNodeFactory.class);
            members(code, m, CodeBlock.of("value"));
            code.addStatement("return json");
        } else if (repr instanceof JavaType.RecordRef r && recordDecl(r).tuple()) {
            tuple(code, recordDecl(r));
        } else if (repr instanceof JavaType.RecordRef r) {
            record(code, recordDecl(r));
        } else if (repr instanceof JavaType.Bytes) {
            code.addStatement("$T json = $T.instance.arrayNode(value.size())", ArrayNode.class, JsonNodeFactory.class);
            code.beginControlFlow("for (int i = 0; i < value.size(); i++)")
                    .addStatement("json.add(value.byteAt(i) & 0xFF)")
                    .endControlFlow();
            code.addStatement("return json");
        } else if (repr instanceof JavaType.UnionRef u) {
            union(code, u);
        } else {
            throw new IllegalStateException("no wire converter for " + repr);
        }
        methods.set(
                index,
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(JSON_NODE)
                        .addParameter(JavaTypes.checked(repr, pkg), "value")
                        .addJavadoc(
                                "The JSON form of a value held as <code>$L</code>, as it would be sent.\n\n"
                                        + "@param value the value\n@return its JSON form\n",
                                JavadocText.escape(simpleNames(JavaTypes.checked(repr, pkg))))
                        .addCode(code.build())
                        .build());
        return name;
    }

    private void record(CodeBlock.Builder code, RecordDecl record) {
        if (record.wrapper()) {
            FieldDecl f = record.fields().get(0);
            code.addStatement(
                    "return value.value() == null ? $T.getInstance() : $L",
                    NullNode.class,
                    wireHeld(f.type(), CodeBlock.of("value.value()")));
            return;
        }
        code.addStatement("$T json = $T.instance.objectNode()", ObjectNode.class, JsonNodeFactory.class);
        for (FieldDecl f : record.fields()) {
            // A nullable component is never null: unset is what leaves its member out.
            code.beginControlFlow(
                            f.type() instanceof JavaType.Nullable
                                    ? "if (value.$N().isSet())"
                                    : "if (value.$N() != null)",
                            f.javaName())
                    .addStatement(
                            "json.set($L, $L)",
                            StringLiterals.of(f.wireName()),
                            wireHeld(f.type(), CodeBlock.of("value.$N()", f.javaName())))
                    .endControlFlow();
        }
        record.rest()
                .ifPresent(rest -> code.beginControlFlow("if (value.$N() != null)", rest.javaName())
                        .add(membersOf((JavaType.MapOf) rest.type(), CodeBlock.of("value.$N()", rest.javaName())))
                        .endControlFlow());
        code.addStatement("return json");
    }

    /** Each member of a map held in {@code map} into {@code json}, as written: a {@code null} value is left out. */
    private void members(CodeBlock.Builder code, JavaType.MapOf m, CodeBlock map) {
        code.add(membersOf(m, map));
    }

    private CodeBlock membersOf(JavaType.MapOf m, CodeBlock map) {
        return CodeBlock.builder()
                .beginControlFlow(
                        "for ($T<$T, $T> member : $L.entrySet())",
                        Map.Entry.class,
                        String.class,
                        JavaTypes.of(m.value(), pkg),
                        map)
                .beginControlFlow("if (member.getValue() != null)")
                .addStatement("json.set(member.getKey(), $L)", wireHeld(m.value(), CodeBlock.of("member.getValue()")))
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /**
     * A tuple as written: its positions up to the last one set ({@code null} for an unset one before it), then the
     * items after them.
     */
    private void tuple(CodeBlock.Builder code, RecordDecl record) {
        code.addStatement("$T json = $T.instance.arrayNode()", ArrayNode.class, JsonNodeFactory.class);
        code.addStatement("$T<$T> positions = new $T<>()", List.class, JSON_NODE, ArrayList.class);
        for (FieldDecl f : record.fields()) {
            code.addStatement(
                    "positions.add(value.$1N() == null ? null : $2L)",
                    f.javaName(),
                    wireHeld(f.type(), CodeBlock.of("value.$N()", f.javaName())));
        }
        Optional<FieldDecl> rest = record.rest();
        code.addStatement("int last = positions.size() - 1");
        rest.ifPresent(r -> code.beginControlFlow("if (value.$1N() == null || value.$1N().isEmpty())", r.javaName()));
        code.beginControlFlow("while (last >= 0 && positions.get(last) == null)")
                .addStatement("last--")
                .endControlFlow();
        rest.ifPresent(r -> code.endControlFlow());
        code.beginControlFlow("for (int i = 0; i <= last; i++)")
                .addStatement(
                        "json.add(positions.get(i) == null ? $T.getInstance() : positions.get(i))", NullNode.class)
                .endControlFlow();
        rest.ifPresent(r -> {
            JavaType item = ((JavaType.ListOf) r.type()).item();
            code.beginControlFlow("if (value.$N() != null)", r.javaName())
                    .beginControlFlow("for ($T item : value.$N())", JavaTypes.of(item, pkg), r.javaName())
                    .addStatement(
                            "json.add(item == null ? $T.getInstance() : $L)",
                            NullNode.class,
                            wireHeld(item, CodeBlock.of("item")))
                    .endControlFlow()
                    .endControlFlow();
        });
        code.addStatement("return json");
    }

    private void union(CodeBlock.Builder code, JavaType.UnionRef u) {
        // The interface is sealed: a value that is none of the others is the last alternative.
        List<String> alternatives = model.union(u.simpleName())
                .orElseThrow(() -> new IllegalStateException("no union " + u.simpleName() + " in " + model.file()))
                .alternatives();
        for (String record : alternatives.subList(0, alternatives.size() - 1)) {
            code.beginControlFlow("if (value instanceof $T alternative)", ClassName.get(pkg, record))
                    .addStatement("return $L", wire(new JavaType.RecordRef(record), CodeBlock.of("alternative")))
                    .endControlFlow();
        }
        String last = alternatives.get(alternatives.size() - 1);
        code.addStatement(
                "return $L", wire(new JavaType.RecordRef(last), CodeBlock.of("($T) value", ClassName.get(pkg, last))));
    }

    /** A type as the generated code spells it, without package names ({@code List<Integer>}). */
    private static String simpleNames(TypeName type) {
        return type.toString().replaceAll("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Z])", "");
    }

    private RecordDecl recordDecl(JavaType.RecordRef r) {
        return model.record(r.simpleName())
                .orElseThrow(() -> new IllegalStateException("no record " + r.simpleName() + " in " + model.file()));
    }
}
