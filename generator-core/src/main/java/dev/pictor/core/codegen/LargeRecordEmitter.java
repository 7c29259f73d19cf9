package dev.pictor.core.codegen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.link.ClassFileLimits;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Emits an object of more properties than a record can have: a record's canonical constructor takes every component,
 * and the JVM gives a method at most 255 parameter slots, {@code this} included ({@link ClassFileLimits#MAX_RECORD_COMPONENTS}
 * components; javac says {@code too many parameters}). Such an object is a final class with the record's contract
 * (a private final field and an accessor per property, named as the record's, value equality, the record's
 * {@code toString} form, written as the record is) built by its builder: the builder's fields carry the components'
 * JSON annotations, so Jackson reads the JSON into a builder and the class's one constructor takes that builder,
 * copying lists and maps as the record's compact constructor does. The linker refuses what would still not fit.
 */
final class LargeRecordEmitter {

    private LargeRecordEmitter() {}

    /** Whether {@code decl} has more components than a record's constructor can take. */
    static boolean needsClass(RecordDecl decl) {
        return !decl.wrapper() && decl.components().size() > ClassFileLimits.MAX_RECORD_COMPONENTS;
    }

    static TypeSpec emit(LinkedModel model, RecordDecl decl) {
        ClassName self = ClassName.get(model.javaPackage(), decl.simpleName());
        ClassName builderName = self.nestedClass("Builder");
        boolean request = decl.role() != RecordDecl.Role.RESPONSE;
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "$L\n<p>\nA final class rather than a record: its schema declares $L properties, more than the"
                                + " $L a record's constructor can take. Start one with {@link #builder}; it is read"
                                + " from JSON through its builder.\n",
                        TypeEmitter.recordSummary(model, decl),
                        decl.components().size(),
                        ClassFileLimits.MAX_RECORD_COMPONENTS)
                .addAnnotation(AnnotationSpec.builder(JsonInclude.class)
                        .addMember("value", "$T.NON_NULL", JsonInclude.Include.class)
                        .build());
        TypeEmitter.implemented(model, decl, type);
        AnnotationSpec.Builder order = AnnotationSpec.builder(JsonPropertyOrder.class);
        decl.fields().forEach(f -> order.addMember("value", "$L", StringLiterals.of(f.wireName())));
        type.addAnnotation(order.build());

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addAnnotation(AnnotationSpec.builder(JsonCreator.class)
                        .addMember("mode", "$T.DELEGATING", JsonCreator.Mode.class)
                        .build())
                .addJavadoc("Takes the values a builder holds; lists and maps are copied, so that the object stays"
                        + " immutable.\n\n@param builder the values, set by the caller or read from JSON\n")
                .addParameter(builderName, "builder");
        for (FieldDecl f : decl.fields()) {
            ParameterSpec component = TypeEmitter.component(model, f, request);
            type.addField(FieldSpec.builder(component.type(), f.javaName(), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("$L\n", TypeEmitter.componentDoc(model, decl, f))
                    .addAnnotations(component.annotations())
                    .build());
            constructor.addStatement(
                    "this.$N = $L",
                    f.javaName(),
                    TypeEmitter.kept(f, CodeBlock.of("builder.$N", f.javaName()))
                            .orElse(CodeBlock.of("builder.$N", f.javaName())));
        }
        type.addMethod(constructor.build());
        for (FieldDecl f : decl.fields()) {
            type.addMethod(MethodSpec.methodBuilder(f.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JavaTypes.of(f.type(), model.javaPackage()))
                    .addJavadoc(
                            "The <code>$L</code> value.\n\n@return $L\n",
                            JavadocText.escape(f.wireName()),
                            TypeEmitter.componentDoc(model, decl, f))
                    .addStatement("return $N", f.javaName())
                    .build());
        }
        type.addMethod(equalsMethod(decl, self)).addMethod(hashCodeMethod(decl)).addMethod(toStringMethod(decl));
        type.addMethod(TypeEmitter.builderFactory(model, decl, self));
        type.addType(jsonBuilder(TypeEmitter.builder(model, decl, self), model, decl, self, request));
        if (decl.role() == RecordDecl.Role.REQUEST) {
            type.addMethod(TypeEmitter.validateMethod(model, decl));
        }
        return type.build();
    }

    /**
     * The record's builder, made the form Jackson reads the JSON into: its fields carry the components' annotations,
     * Jackson makes it with a constructor of no parameter, and {@code build()} hands it to the class.
     */
    private static TypeSpec jsonBuilder(
            TypeSpec builder, LinkedModel model, RecordDecl decl, ClassName self, boolean request) {
        TypeSpec.Builder out = TypeSpec.classBuilder(builder.name())
                .addModifiers(builder.modifiers().toArray(new Modifier[0]))
                .addJavadoc(builder.javadoc())
                .addAnnotation(AnnotationSpec.builder(JsonIgnoreProperties.class)
                        .addMember("ignoreUnknown", "$L", !decl.closed())
                        .build());
        for (FieldSpec field : builder.fieldSpecs()) {
            FieldDecl f = decl.fields().stream()
                    .filter(d -> d.javaName().equals(field.name()))
                    .findFirst()
                    .orElseThrow();
            out.addField(field.toBuilder()
                    .addAnnotations(TypeEmitter.component(model, f, request).annotations())
                    .build());
        }
        boolean takesValues = false;
        for (MethodSpec method : builder.methodSpecs()) {
            if (method.isConstructor()) {
                takesValues = !method.parameters().isEmpty();
                out.addMethod(method);
            } else if (!method.name().equals("build")) {
                out.addMethod(method);
            }
        }
        if (takesValues) {
            out.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc("Starts with nothing set, for Jackson to read the JSON into.\n")
                    .build());
        }
        return out.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addJavadoc(
                                "Builds the {@code $L}.\n\n@return the object, with every value set so far\n",
                                decl.simpleName())
                        .addStatement("return new $T(this)", self)
                        .build())
                .build();
    }

    private static MethodSpec equalsMethod(RecordDecl decl, ClassName self) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addJavadoc("Equal to an object of this class with equal values, as a record is.\n\n"
                        + "@param other the object compared\n@return whether every value is equal\n")
                .beginControlFlow("if (other == this)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", self)
                .addStatement("return false")
                .endControlFlow();
        for (FieldDecl f : decl.fields()) {
            m.beginControlFlow("if (!$T.equals(this.$N, that.$N))", Objects.class, f.javaName(), f.javaName())
                    .addStatement("return false")
                    .endControlFlow();
        }
        return m.addStatement("return true").build();
    }

    private static MethodSpec hashCodeMethod(RecordDecl decl) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .returns(TypeName.INT)
                .addJavadoc("A hash of every value.\n\n@return the hash\n")
                .addStatement("int hash = 0");
        for (FieldDecl f : decl.fields()) {
            m.addStatement("hash = 31 * hash + $T.hashCode(this.$N)", Objects.class, f.javaName());
        }
        return m.addStatement("return hash").build();
    }

    private static MethodSpec toStringMethod(RecordDecl decl) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Override.class)
                .returns(String.class)
                .addJavadoc("The values, as a record shows them.\n\n@return {@code Name[component=value, ...]}\n")
                .addStatement(
                        "$T text = new $T($S, $S, $S)",
                        StringJoiner.class,
                        StringJoiner.class,
                        ", ",
                        decl.simpleName() + "[",
                        "]");
        for (FieldDecl f : decl.fields()) {
            m.addStatement("text.add($S + this.$N)", f.javaName() + "=", f.javaName());
        }
        return m.addStatement("return text.toString()").build();
    }
}
