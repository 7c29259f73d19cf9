package dev.pictor.core.codegen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.link.EnumDecl;
import dev.pictor.core.link.JsonType;
import dev.pictor.core.link.LinkedModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits an enum of more values than a class file can declare as constants: a Java enum initialises every constant in
 * its static initialiser, which the JVM limits to 64 KB of bytecode (about 17 bytes a constant: javac says {@code
 * code too large} near 3,800 values, sooner for number enums and for the {@code switch} of an open enum). Past
 * {@link #MAX_CONSTANTS} values the enum is a final class instead, with the same contract for the code around it
 * (read from and written as its wire value, {@code wireValue()}, one instance per known value) but no constant per
 * value: its values are one JSON array in a string literal (cut into pieces, each under the 64 KB a constant may
 * hold), read once when the class is loaded, and reached through {@code of(wireValue)} and {@code values()}.
 */
final class LargeEnumEmitter {

    /** The most values an enum is generated with a Java constant each; a larger enum is a class of this form. */
    static final int MAX_CONSTANTS = 1_000;

    private static final ClassName OPEN_ENUM = ClassName.get("dev.pictor.runtime", "OpenEnum");
    private static final ClassName PICTOR_JSON = ClassName.get("dev.pictor.runtime.json", "PictorJson");

    private LargeEnumEmitter() {}

    /** Whether {@code decl} has too many values for a constant each. */
    static boolean large(EnumDecl decl) {
        return decl.constants().size() > MAX_CONSTANTS;
    }

    /** The class of an enum of many values (closed or open, of strings, integers or numbers). */
    static TypeSpec emit(LinkedModel model, EnumDecl decl, String classDoc) {
        ClassName self = ClassName.get(model.javaPackage(), decl.simpleName());
        TypeName wire = wireType(decl);
        TypeName boxed = wire.box();
        // A TreeMap compares BigDecimals by value, so that 1.0 finds 1, as the schema compares numbers.
        TypeName byWire = ParameterizedTypeName.get(ClassName.get(Map.class), boxed, self);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "$L\n\n<p>\nThe schema names $L values, more than a Java enum can declare (a class file limits its"
                                + " static initialiser to 64 KB of code): there is no constant per value;"
                                + " {@link #of} gives the value of a wire value, {@link #$L()} every value, in the"
                                + " schema's order.$L\n",
                        classDoc,
                        decl.constants().size(),
                        decl.open() ? "knownValues" : "values",
                        decl.open()
                                ? " An open set: besides these values any string is valid, held by {@link #of}"
                                        + " unchanged ({@link #isKnown()} is then false)."
                                : "");
        if (decl.open()) {
            type.superclass(OPEN_ENUM);
        } else {
            type.addField(FieldSpec.builder(wire, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The value as it is sent on the wire.\n")
                    .build());
        }
        type.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(ClassName.get(List.class), self),
                                "VALUES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("Every value, in the schema's order.\n")
                        .initializer("read($L)", ValidatorConstants.literal(valuesJson(decl)))
                        .build())
                .addField(FieldSpec.builder(byWire, "BY_WIRE_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every value by its wire value.\n")
                        .initializer("index()")
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("A value.\n\n@param wireValue the value sent on the wire\n")
                .addParameter(wire, "wireValue");
        if (decl.open()) {
            constructor
                    .addJavadoc("@param known whether it is one the schema names\n")
                    .addParameter(TypeName.BOOLEAN, "known")
                    .addStatement("super(wireValue, known)");
        } else {
            constructor.addStatement("this.wireValue = wireValue");
        }
        type.addMethod(constructor.build());
        type.addMethod(read(decl, self, wire)).addMethod(index(self, boxed, wire));
        if (!decl.open()) {
            type.addMethod(MethodSpec.methodBuilder("wireValue")
                            .addModifiers(Modifier.PUBLIC)
                            .addAnnotation(JsonValue.class)
                            .returns(wire)
                            .addJavadoc("The value as it is sent on the wire.\n\n@return the wire value\n")
                            .addStatement("return wireValue")
                            .build())
                    .addMethod(MethodSpec.methodBuilder("toString")
                            .addModifiers(Modifier.PUBLIC)
                            .addAnnotation(Override.class)
                            .returns(String.class)
                            .addJavadoc("The wire value, as text.\n\n@return the wire value\n")
                            .addStatement("return $T.valueOf(wireValue)", String.class)
                            .build());
        }
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JsonCreator.class)
                        .addMember("mode", "$T.DELEGATING", JsonCreator.Mode.class)
                        .build())
                .returns(self)
                .addParameter(wire, "wireValue");
        if (!wire.isPrimitive()) {
            of.addStatement("$T.requireNonNull(wireValue, $S)", Objects.class, "wireValue");
        }
        of.addStatement("$T value = BY_WIRE_VALUE.get(wireValue)", self);
        if (decl.open()) {
            of.addJavadoc("The value of a wire value: the schema's value if it names it, else a value that holds it"
                            + " unchanged.\n\n@param wireValue the value on the wire\n@return its value\n")
                    .addStatement("return value != null ? value : new $T(wireValue, false)", self);
        } else {
            of.addJavadoc(
                            "The value of a wire value$L.\n\n@param wireValue the value on the wire\n@return its value\n"
                                    + "@throws IllegalArgumentException if the schema does not name that value\n",
                            decl.wireType() == JsonType.NUMBER ? ", compared by value ({@code 1.0} is {@code 1})" : "")
                    .beginControlFlow("if (value == null)")
                    .addStatement(
                            "throw new $T($S + wireValue)",
                            IllegalArgumentException.class,
                            "not a value of " + decl.simpleName() + ": ")
                    .endControlFlow()
                    .addStatement("return value");
        }
        type.addMethod(of.build())
                .addMethod(MethodSpec.methodBuilder(decl.open() ? "knownValues" : "values")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
                        .addJavadoc("The values the schema names, in its order.\n\n@return the values\n")
                        .addStatement("return VALUES")
                        .build());
        return type.build();
    }

    private static TypeName wireType(EnumDecl decl) {
        return switch (decl.wireType()) {
            case INTEGER -> TypeName.LONG;
            case NUMBER -> ClassName.get(BigDecimal.class);
            default -> ClassName.get(String.class);
        };
    }

    /** The wire values as a JSON array: strings as strings, numbers as their decimal text. */
    private static String valuesJson(EnumDecl decl) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (EnumDecl.Constant c : decl.constants()) {
            if (decl.wireType() == JsonType.STRING) {
                array.add(c.wireValue());
            } else {
                array.add(new BigDecimal(c.wireValue()));
            }
        }
        return array.toString();
    }

    private static MethodSpec read(EnumDecl decl, ClassName self, TypeName wire) {
        TypeName array = decl.wireType() == JsonType.INTEGER
                ? TypeName.get(long[].class)
                : decl.wireType() == JsonType.NUMBER ? TypeName.get(BigDecimal[].class) : TypeName.get(String[].class);
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
                .addParameter(String.class, "json")
                .addJavadoc("The values, from their wire values written as a JSON array.\n\n"
                        + "@param json the wire values\n@return the values, in the schema's order\n")
                .addStatement("$T<$T> values = new $T<>()", List.class, self, ArrayList.class)
                .beginControlFlow("for ($T wireValue : $T.read(json, $T.class))", wire, PICTOR_JSON, array)
                .addStatement(
                        decl.open() ? "values.add(new $T(wireValue, true))" : "values.add(new $T(wireValue))", self)
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(values)", Collections.class)
                .build();
    }

    private static MethodSpec index(ClassName self, TypeName boxed, TypeName wire) {
        return MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), boxed, self))
                .addJavadoc("Every value by its wire value.\n\n@return the index\n")
                .addStatement("$T<$T, $T> index = new $T<>()", Map.class, boxed, self, TreeMap.class)
                .beginControlFlow("for ($T value : VALUES)", self)
                .addStatement("index.put(value.wireValue(), value)")
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(index)", Collections.class)
                .build();
    }
}
