package dev.pictor.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.ResultShape;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the runtime's {@code ModelBinding} of a linked model: a public final class with a public no-argument
 * constructor (for {@link java.util.ServiceLoader}) that names the model version, its request and result types, and
 * validates a request with the generated validator. The generator registers every binding in
 * {@code META-INF/services/dev.pictor.runtime.ModelBinding}.
 */
public final class BindingEmitter {

    private BindingEmitter() {
    }

    /**
     * The binding's class name: {@code <Request>Binding} in the model's package, the name the {@code Linker} reserves
     * for it so that no schema-derived type can take it.
     */
    public static ClassName className(LinkedModel model) {
        return ClassName.get(model.javaPackage(), model.baseName() + "Binding");
    }

    /** The request's validator, {@code <Request>Validator}, as the validator emitter names it. */
    static ClassName validatorName(LinkedModel model) {
        return ClassName.get(model.javaPackage(), model.request().simpleName() + "Validator");
    }

    /**
     * The class a model's result is read into: the runtime's {@code ImageResult} for an image in the response body,
     * otherwise the generated response record.
     *
     * @throws IllegalStateException when the linked result is not a class (a binding needs a {@code Class<O>})
     */
    public static ClassName resultType(LinkedModel model) {
        if (model.result() instanceof ResultShape.BinaryImage) {
            return RuntimeTypes.IMAGE_RESULT;
        }
        ResultShape.Json json = (ResultShape.Json) model.result();
        TypeName type = JavaTypes.of(json.type(), model.javaPackage());
        if (type instanceof ClassName name) {
            return name;
        }
        throw new IllegalStateException("the response of " + model.modelId() + " is linked to " + type
                + ", which is not a class; a binding needs one");
    }

    /** The binding class of {@code model}. */
    public static JavaFile emit(LinkedModel model) {
        ClassName self = className(model);
        ClassName request = ClassName.get(model.javaPackage(), model.request().simpleName());
        ClassName result = resultType(model);
        String modelCode = "<code>" + JavadocText.escape(model.modelId()) + "</code>";
        String resultText = model.result() instanceof ResultShape.BinaryImage image
                ? "an image in the response body (<code>" + JavadocText.escape(image.mediaType()) + "</code>), read as"
                        + " {@link $T}"
                : "a JSON body, read as {@link $T}";

        LocalDate snapshot = model.snapshot();
        FieldSpec id = FieldSpec.builder(RuntimeTypes.MODEL_ID, "ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The model version this binding is for: $L, version <code>$L</code> (snapshot of $L).\n",
                        modelCode,
                        JavadocText.escape(model.version()), snapshot.toString())
                .initializer("new $T($S, $S, $S, $T.of($L, $L, $L))", RuntimeTypes.MODEL_ID, model.provider(),
                        model.modelId(), model.version(), LocalDate.class, snapshot.getYear(),
                        snapshot.getMonthValue(), snapshot.getDayOfMonth())
                .build();

        TypeSpec type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.MODEL_BINDING, request, result))
                .addJavadoc("The runtime's binding of $L (<code>$L</code>, version <code>$L</code>): requests are"
                        + " {@link $T}, the result is " + resultText + ".\n"
                        + "\n<p>\nRegistered in <code>META-INF/services/dev.pictor.runtime.ModelBinding</code>, so"
                        + " that the runtime finds it on the class path. Immutable and thread-safe.\n",
                        modelCode, JavadocText.escape(model.provider()), JavadocText.escape(model.version()), request,
                        result)
                .addField(id)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the binding; the runtime's service loader calls this constructor.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("id")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.MODEL_ID)
                        .addJavadoc("The model version this binding is for.\n\n@return {@link #ID}\n")
                        .addStatement("return ID")
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), request))
                        .addJavadoc("The generated request type.\n\n@return {@link $T}\n", request)
                        .addStatement("return $T.class", request)
                        .build())
                .addMethod(MethodSpec.methodBuilder("resultType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), result))
                        .addJavadoc("The type the model's result is read into.\n\n@return {@link $T}\n", result)
                        .addStatement("return $T.class", result)
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION))
                        .addParameter(request, "request")
                        .addJavadoc("Checks {@code request} against every constraint of the model's input schema, with"
                                + " the generated {@link $T}.\n\n"
                                + "@param request the request to check\n"
                                + "@return every violation, each with its JSON Pointer; empty when the request is"
                                + " valid\n", validatorName(model))
                        .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request")
                        .addStatement("return $T.validate(request)", validatorName(model))
                        .build())
                .build();
        return TypeEmitter.file(model, type);
    }
}
