package dev.pictor.core.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pictor.core.codegen.RuntimeTypes;
import dev.pictor.core.link.LinkedModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A stand-in for the validator emitter in these tests: {@code <Request>Validator.validate} with the real signature,
 * reporting one violation when the request's {@code toString} contains {@code "invalid"}, so that a test can tell
 * that the binding delegates to it.
 */
final class StubValidators {

    private StubValidators() {
    }

    static List<JavaFile> emit(LinkedModel model) {
        ClassName request = ClassName.get(model.javaPackage(), model.request().simpleName());
        TypeSpec type = TypeSpec.classBuilder(model.request().simpleName() + "Validator")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("A stub validator.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addJavadoc("Not instantiated.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Stub.\n\n@param request the request\n@return one violation or none\n")
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION))
                        .addParameter(request, "request")
                        .addStatement("return request.toString().contains($S) ? $T.of(new $T($S, $S, $S)) : $T.of()",
                                "invalid", List.class, RuntimeTypes.VIOLATION, "", "stub", "stub violation",
                                List.class)
                        .build())
                .build();
        return List.of(JavaFile.builder(model.javaPackage(), type).indent("    ").build());
    }
}
