package dev.pictor.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/** The runtime's classes that generated code refers to, named in one place. */
public final class RuntimeTypes {

    private static final String RUNTIME = "dev.pictor.runtime";
    private static final String JSON = RUNTIME + ".json";
    private static final String VALIDATION = RUNTIME + ".validation";

    public static final ClassName IMAGE_BYTES = ClassName.get(RUNTIME, "ImageBytes");
    public static final ClassName IMAGE_RESULT = ClassName.get(RUNTIME, "ImageResult");
    public static final ClassName BASE64_IMAGE = ClassName.get(RUNTIME, "Base64Image");
    public static final ClassName DATA_URI = ClassName.get(RUNTIME, "DataUri");
    public static final ClassName JSON_VALUE = ClassName.get(RUNTIME, "JsonValue");
    public static final ClassName NULLABLE = ClassName.get(RUNTIME, "Nullable");
    public static final ClassName MODEL_BINDING = ClassName.get(RUNTIME, "ModelBinding");
    public static final ClassName MODEL_ID = ClassName.get(RUNTIME, "ModelId");
    public static final ClassName PICTOR_REQUEST = ClassName.get(RUNTIME, "PictorRequest");
    public static final ClassName UINT8_SERIALIZER = ClassName.get(JSON, "UInt8ArraySerializer");
    public static final ClassName UINT8_DESERIALIZER = ClassName.get(JSON, "UInt8ArrayDeserializer");
    public static final ClassName BASE64_SERIALIZER = ClassName.get(JSON, "Base64BytesSerializer");
    public static final ClassName BASE64_DESERIALIZER = ClassName.get(JSON, "Base64BytesDeserializer");
    public static final ClassName WRAPPER_DESERIALIZER = ClassName.get(JSON, "WrapperDeserializer");
    public static final ClassName NON_NULL_DESERIALIZER = ClassName.get(JSON, "NonNullDeserializer");
    public static final ClassName ALTERNATIVES_DESERIALIZER = ClassName.get(JSON, "AlternativesDeserializer");
    public static final ClassName ALTERNATIVES = ClassName.get(JSON, "Alternatives");
    public static final ClassName REST = ClassName.get(JSON, "Rest");
    public static final ClassName UNDECLARED_MEMBERS_DESERIALIZER =
            ClassName.get(JSON, "UndeclaredMembersDeserializer");
    public static final ClassName TUPLE_DESERIALIZER = ClassName.get(JSON, "TupleDeserializer");
    public static final ClassName TUPLE_SERIALIZER = ClassName.get(JSON, "TupleSerializer");
    public static final ClassName VIOLATION = ClassName.get(VALIDATION, "Violation");
    public static final ClassName VIOLATIONS = ClassName.get(VALIDATION, "Violations");
    public static final ClassName CHECKS = ClassName.get(VALIDATION, "Checks");
    public static final ClassName FORMAT = ClassName.get(VALIDATION, "Format");

    /**
     * The runtime's {@code Format} constant for a {@code format} value of {@link dev.pictor.core.schema.AssertedFormats}
     * ({@code date-time} is {@code Format.DATE_TIME}: the runtime names each constant after its keyword).
     */
    public static CodeBlock format(String keyword) {
        return CodeBlock.of("$T.$L", FORMAT, keyword.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private RuntimeTypes() {}
}
