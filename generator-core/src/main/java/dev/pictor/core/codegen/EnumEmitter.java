package dev.pictor.core.codegen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.link.EnumDecl;
import dev.pictor.core.link.JsonType;
import dev.pictor.core.link.LinkedModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the enums whose wire values are not plain strings of a closed set: number enums (a Java enum whose constants
 * carry their value as a {@code long} or an exact {@code BigDecimal}, written as that JSON number and read from it) and
 * open enums (a final class extending the runtime's {@code OpenEnum}, with a constant per known value and a factory
 * that keeps any other string). Closed string enums are emitted by {@link TypeEmitter}.
 */
final class EnumEmitter {

    private static final ClassName OPEN_ENUM = ClassName.get("dev.pictor.runtime", "OpenEnum");

    private EnumEmitter() {}

    /** A Java enum of numbers: {@code V75(75L)}, {@code V0_5(new BigDecimal("0.5"))}. */
    static TypeSpec numbers(LinkedModel model, EnumDecl decl) {
        ClassName self = ClassName.get(model.javaPackage(), decl.simpleName());
        boolean integer = decl.wireType() == JsonType.INTEGER;
        TypeName wire = integer ? TypeName.LONG : ClassName.get(BigDecimal.class);
        TypeSpec.Builder type =
                TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC).addJavadoc("$L\n", classDoc(model, decl));
        for (EnumDecl.Constant c : decl.constants()) {
            CodeBlock value = integer
                    ? CodeBlock.of("$LL", c.wireValue())
                    : CodeBlock.of("new $T($S)", BigDecimal.class, c.wireValue());
            type.addEnumConstant(
                    c.javaName(),
                    TypeSpec.anonymousClassBuilder("$L", value)
                            .addJavadoc(constantDoc(c))
                            .build());
        }
        type.addField(FieldSpec.builder(wire, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The value as it is sent on the wire.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Keeps the wire value of a constant.\n\n@param wireValue the value sent on the wire\n")
                        .addParameter(wire, "wireValue")
                        .addStatement("this.wireValue = wireValue")
                        .build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(JsonValue.class)
                        .returns(wire)
                        .addJavadoc("The value as it is sent on the wire, a JSON number.\n\n@return the wire value\n")
                        .addStatement("return wireValue")
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addAnnotation(delegatingCreator())
                        .returns(self)
                        .addParameter(wire, "wireValue")
                        .addJavadoc(
                                "The constant of a wire value$L.\n\n@param wireValue the value on the wire\n"
                                        + "@return its constant\n@throws IllegalArgumentException if no constant has that"
                                        + " value\n",
                                integer ? "" : ", compared by value ({@code 1.0} is {@code 1})")
                        .beginControlFlow("for ($T constant : values())", self)
                        .beginControlFlow(
                                integer
                                        ? "if (constant.wireValue == wireValue)"
                                        : "if (constant.wireValue.compareTo(wireValue) == 0)")
                        .addStatement("return constant")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement(
                                "throw new $T($S + wireValue)",
                                IllegalArgumentException.class,
                                "not a value of " + decl.simpleName() + ": ")
                        .build());
        return type.build();
    }

    /** A final class extending {@code OpenEnum}: {@code public static final Quality LOW = new Quality("low", true)}. */
    static TypeSpec open(LinkedModel model, EnumDecl decl) {
        ClassName self = ClassName.get(model.javaPackage(), decl.simpleName());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(OPEN_ENUM)
                .addJavadoc(
                        "$L\n\n<p>\nAn open set: besides these constants any string is valid, held by {@link #of}"
                                + " unchanged ({@link #isKnown()} is then false).\n",
                        classDoc(model, decl));
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumDecl.Constant c : decl.constants()) {
            type.addField(FieldSpec.builder(self, c.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(constantDoc(c))
                    .initializer("new $T($L, true)", self, StringLiterals.of(c.wireValue()))
                    .build());
            cases.add("case $L -> $T.$N;\n", StringLiterals.of(c.wireValue()), self, c.javaName());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("A value.\n\n@param wireValue the value sent on the wire\n"
                                + "@param known whether it is one of the constants\n")
                        .addParameter(String.class, "wireValue")
                        .addParameter(TypeName.BOOLEAN, "known")
                        .addStatement("super(wireValue, known)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addAnnotation(delegatingCreator())
                        .returns(self)
                        .addParameter(String.class, "wireValue")
                        .addJavadoc("The value of a wire value: its constant if it is known, else a value that holds"
                                + " it unchanged.\n\n@param wireValue the value on the wire\n@return its value\n")
                        .addStatement("$T.requireNonNull(wireValue, $S)", Objects.class, "wireValue")
                        .addCode("return switch (wireValue) {\n$>")
                        .addCode(cases.build())
                        .addCode("default -> new $T(wireValue, false);\n$<};\n", self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("knownValues")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
                        .addJavadoc("The values the schema names, in its order.\n\n@return the constants\n")
                        .addStatement(
                                "return $T.of($L)",
                                List.class,
                                decl.constants().stream()
                                        .map(c -> CodeBlock.of("$N", c.javaName()))
                                        .collect(CodeBlock.joining(", ")))
                        .build());
        return type.build();
    }

    /** A constant's Javadoc: its wire value ({@code <code></code>} would be an empty tag, which doclint refuses). */
    static CodeBlock constantDoc(EnumDecl.Constant c) {
        return c.wireValue().isEmpty()
                ? CodeBlock.of("Wire value: the empty string.\n")
                : CodeBlock.of("Wire value <code>$L</code>.\n", JavadocText.escape(c.wireValue()));
    }

    static String classDoc(LinkedModel model, EnumDecl decl) {
        return SchemaDocs.of(model.node(decl.nodeId()), false, "The values of {@code " + decl.simpleName() + "}.");
    }

    private static AnnotationSpec delegatingCreator() {
        return AnnotationSpec.builder(JsonCreator.class)
                .addMember("mode", "$T.DELEGATING", JsonCreator.Mode.class)
                .build();
    }
}
