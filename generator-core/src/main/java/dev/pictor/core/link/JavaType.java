package dev.pictor.core.link;

/** How a schema's values are held in generated Java; decided by the {@link Linker}, never by an emitter. */
public sealed interface JavaType {

    /** A JSON value kept as it is: for schemas that accept several types, or anything. */
    record Passthrough() implements JavaType {}

    /** {@code String}, {@code Integer}, {@code Long}, {@code Double} or {@code Boolean}. */
    record Scalar(ScalarKind kind) implements JavaType {}

    /** A generated enum; its constants keep their wire values (strings or numbers, see {@link EnumDecl}). */
    record EnumRef(String simpleName) implements JavaType {}

    /**
     * A generated open enum ({@code anyOf} of a string and an enum of strings): a value class with a constant for each
     * known value that also holds any other string, unchanged (see {@link EnumDecl#open()}).
     */
    record OpenEnumRef(String simpleName) implements JavaType {}

    /** A generated record. */
    record RecordRef(String simpleName) implements JavaType {}

    /**
     * A generated sealed interface: the value is one of several generated records, the alternatives of a
     * {@code oneOf}/{@code anyOf} or a {@code type} list that JSON can tell apart (see {@link UnionDecl}).
     */
    record UnionRef(String simpleName) implements JavaType {}

    /** An immutable list. */
    record ListOf(JavaType item) implements JavaType {}

    /**
     * A value whose schema admits {@code null} beside values of {@code value} ({@code type: [X, "null"]}, an
     * {@code anyOf}/{@code oneOf} with a {@code {type: "null"}} branch, OpenAPI 3.0's {@code nullable}): the runtime's
     * three-state {@code Nullable}, unset, {@code null} or a value (see {@link NullableMapper}).
     */
    record Nullable(JavaType value) implements JavaType {}

    /**
     * An immutable map from member name to value, in the order read: an object that declares no property and types
     * its members with a schema-valued {@code additionalProperties}, or the undeclared members of a record.
     */
    record MapOf(JavaType value) implements JavaType {}

    /**
     * Image bytes: the runtime's byte payload, written as a JSON number array or as base64, or sent as a file part of a
     * multipart body ({@link FileParts}).
     */
    record Bytes(BytesEncoding encoding) implements JavaType {}

    /** A string of a response that carries something richer: base64 image, data URI, URL. */
    record Text(TextKind kind) implements JavaType {}

    /** Whether {@code type} is a list of multipart file parts ({@link FileParts}). */
    static boolean isFileList(JavaType type) {
        return type instanceof ListOf l && l.item() instanceof Bytes b && b.encoding() == BytesEncoding.FILE_PART;
    }

    enum ScalarKind {
        STRING,
        INT,
        LONG,
        DOUBLE,
        BOOLEAN
    }

    enum BytesEncoding {
        NUMBER_ARRAY,
        BASE64,
        /** A file part of a {@code multipart/form-data} body: the bytes themselves, with no JSON form. */
        FILE_PART
    }

    enum TextKind {
        BASE64_IMAGE,
        DATA_URI,
        URI
    }
}
