package dev.pictor.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.link.JavaType;
import java.util.List;
import java.util.Map;

/** The JavaPoet type of each {@link JavaType}: what a record component of that type is declared as. */
public final class JavaTypes {

    private JavaTypes() {}

    /** The declared (boxed, nullable) type of a value of {@code type} in package {@code javaPackage}. */
    public static TypeName of(JavaType type, String javaPackage) {
        if (type instanceof JavaType.Scalar s) {
            return switch (s.kind()) {
                case STRING -> ClassName.get(String.class);
                case INT -> ClassName.get(Integer.class);
                case LONG -> ClassName.get(Long.class);
                case DOUBLE -> ClassName.get(Double.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
            };
        }
        if (type instanceof JavaType.EnumRef e) {
            return ClassName.get(javaPackage, e.simpleName());
        }
        if (type instanceof JavaType.OpenEnumRef e) {
            return ClassName.get(javaPackage, e.simpleName());
        }
        if (type instanceof JavaType.RecordRef r) {
            return ClassName.get(javaPackage, r.simpleName());
        }
        if (type instanceof JavaType.UnionRef u) {
            return ClassName.get(javaPackage, u.simpleName());
        }
        if (type instanceof JavaType.ListOf l) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(l.item(), javaPackage));
        }
        if (type instanceof JavaType.Nullable n) {
            return ParameterizedTypeName.get(RuntimeTypes.NULLABLE, of(n.value(), javaPackage));
        }
        if (type instanceof JavaType.MapOf m) {
            return ParameterizedTypeName.get(
                    ClassName.get(Map.class), ClassName.get(String.class), of(m.value(), javaPackage));
        }
        if (type instanceof JavaType.Bytes) {
            return RuntimeTypes.IMAGE_BYTES;
        }
        if (type instanceof JavaType.Text t) {
            return switch (t.kind()) {
                case BASE64_IMAGE -> RuntimeTypes.BASE64_IMAGE;
                case DATA_URI -> RuntimeTypes.DATA_URI;
                case URI -> ClassName.get(java.net.URI.class);
            };
        }
        return RuntimeTypes.JSON_VALUE;
    }

    /**
     * The type a generated validator takes a value of {@code type} as: a scalar unboxed (an {@code int} widened to
     * {@code long}, so one check serves both), a passthrough value as the Jackson tree its {@code JsonValue} holds.
     */
    public static TypeName checked(JavaType type, String javaPackage) {
        if (type instanceof JavaType.Passthrough) {
            return ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
        }
        if (type instanceof JavaType.Scalar s) {
            return switch (s.kind()) {
                case STRING -> ClassName.get(String.class);
                case INT, LONG -> TypeName.LONG;
                case DOUBLE -> TypeName.DOUBLE;
                case BOOLEAN -> TypeName.BOOLEAN;
            };
        }
        return of(type, javaPackage);
    }

    /** The type a builder setter takes: a primitive where there is one, so that {@code seed(42)} compiles for a long. */
    public static TypeName setterParameter(JavaType type, String javaPackage) {
        TypeName declared = of(type, javaPackage);
        return type instanceof JavaType.Scalar s && s.kind() != JavaType.ScalarKind.STRING
                ? declared.unbox()
                : declared;
    }
}
