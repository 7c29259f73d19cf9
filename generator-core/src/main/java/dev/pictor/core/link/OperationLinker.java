package dev.pictor.core.link;

import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the OpenAPI operation of a model ({@link Operation}): the request members its parameters and body are held
 * in, and each success response read from the schema at its own pointer ({@code /output/anyOf/N}), never from the
 * {@code anyOf} at {@code /output} that only lists them (a response is one media type, not a union to tell apart).
 *
 * <p>The adapter's default answer is the first JSON response when there is one (it carries what an image alone does
 * not, such as a seed or a finish reason, and is what a call gets without an {@code Accept} header), else the first
 * image response. Every response stays in the {@link LinkedOperation}, so a transport may ask for another by
 * {@code Accept}.
 */
final class OperationLinker {

    /** The schema of a job's submit answer, which has none of its own: the job's result, the model's output. */
    private static final String RESULT = "/output";

    private OperationLinker() {}

    /**
     * The linked operation; the JSON responses' records are declared in {@code responses}, the first JSON answer's
     * named {@code FooResponse}, any other {@code FooResponse<status>}.
     */
    static LinkedOperation link(
            Operation op,
            List<RecordDecl> requestRecords,
            Map<String, Draft> outputDrafts,
            String outputRoot,
            TypeMapper responses,
            String baseName) {
        RecordDecl request = requestRecords.get(0);
        List<Operation.Response> published = op.responses();
        int result = 0;
        for (int i = published.size() - 1; i >= 0; i--) {
            if (!binary(
                    published.get(i), schemaAt(published.get(i).schema().orElse(RESULT), outputDrafts, outputRoot))) {
                result = i;
            }
        }
        List<LinkedOperation.Response> linked = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            Operation.Response r = published.get(i);
            Draft schema = schemaAt(r.schema().orElse(RESULT), outputDrafts, outputRoot);
            ResultShape shape;
            if (binary(r, schema)) {
                shape = new ResultShape.BinaryImage(r.mediaType());
            } else {
                String name =
                        i == result ? JavaNames.responseName(baseName) : JavaNames.responseName(baseName, r.status());
                shape = new ResultShape.Json(responses.root(schema.id, name, RecordDecl.Role.RESPONSE));
            }
            linked.add(new LinkedOperation.Response(
                    r.status(), r.mediaType(), r.schema().orElse(RESULT), shape));
        }
        List<LinkedOperation.Parameter> parameters = op.parameters().stream()
                .map(p -> new LinkedOperation.Parameter(
                        p.name(),
                        p.in(),
                        p.required(),
                        javaName(request, p.name()).orElse("")))
                .toList();
        Optional<LinkedOperation.Body> body = op.requestBody()
                .map(b -> new LinkedOperation.Body(
                        b.mediaType(),
                        b.member(),
                        b.member().flatMap(m -> javaName(request, m)),
                        b.required(),
                        fileParts(b, request, requestRecords),
                        b.multipart() ? parts(b, request, requestRecords) : List.of()));
        return new LinkedOperation(op.method(), op.path(), op.operationId(), parameters, body, linked, result);
    }

    /** An image answer, or one whose schema is a binary string ({@code application/octet-stream}). */
    private static boolean binary(Operation.Response r, Draft schema) {
        return r.image()
                || schema.types.equals(Set.of(JsonType.STRING))
                        && schema.format.map("binary"::equals).orElse(false);
    }

    /**
     * The schema at a response's pointer: {@code /output} itself, or a branch of its {@code anyOf} ({@code
     * /output/anyOf/N}); the loader has checked that the pointer names one.
     */
    private static Draft schemaAt(String pointer, Map<String, Draft> drafts, String root) {
        Draft output = drafts.get(root);
        String prefix = "/output/anyOf/";
        if (pointer.startsWith(prefix)) {
            int index = Integer.parseInt(pointer.substring(prefix.length()));
            if (index < output.anyOf.size()) {
                return drafts.get(output.anyOf.get(index));
            }
        }
        return drafts.values().stream()
                .filter(d -> d.source.pointer().equals(pointer))
                .findFirst()
                .orElse(output);
    }

    /** The wire names of the members of the body's record that hold files ({@link FileParts}). */
    private static List<String> fileParts(Operation.RequestBody b, RecordDecl request, List<RecordDecl> records) {
        return bodyRecord(b, request, records)
                .map(r -> r.fields().stream()
                        .filter(f -> isFile(f.type()) || isFileList(f.type()))
                        .map(FieldDecl::wireName)
                        .toList())
                .orElse(List.of());
    }

    /**
     * How each member of a multipart body's record is laid out: as the document's {@code encoding} says, else by its
     * type (a scalar as text, a file as a file, a list of scalars or files repeated, anything else as JSON).
     */
    private static List<LinkedOperation.Part> parts(
            Operation.RequestBody b, RecordDecl request, List<RecordDecl> records) {
        return bodyRecord(b, request, records)
                .map(r -> r.fields().stream()
                        .map(f -> {
                            JavaType type = unwrapped(f.type());
                            boolean file = isFile(type) || isFileList(type);
                            Optional<Operation.PartEncoding> encoding =
                                    Optional.ofNullable(b.encoding().get(f.wireName()));
                            Operation.Layout layout =
                                    encoding.map(Operation.PartEncoding::layout).orElseGet(() -> defaultLayout(type));
                            return new LinkedOperation.Part(
                                    f.wireName(), layout, encoding.flatMap(Operation.PartEncoding::contentType), file);
                        })
                        .toList())
                .orElse(List.of());
    }

    /** The layout of a member the document's {@code encoding} does not name, by its type. */
    private static Operation.Layout defaultLayout(JavaType type) {
        if (isFile(type)) {
            return Operation.Layout.FILE;
        }
        if (isFileList(type) || type instanceof JavaType.ListOf list && scalar(unwrapped(list.item()))) {
            return Operation.Layout.REPEAT;
        }
        return scalar(type) ? Operation.Layout.TEXT : Operation.Layout.JSON;
    }

    private static boolean scalar(JavaType type) {
        return type instanceof JavaType.Scalar
                || type instanceof JavaType.EnumRef
                || type instanceof JavaType.OpenEnumRef
                || type instanceof JavaType.Text;
    }

    private static boolean isFile(JavaType type) {
        return unwrapped(type) instanceof JavaType.Bytes bytes && bytes.encoding() == JavaType.BytesEncoding.FILE_PART;
    }

    private static boolean isFileList(JavaType type) {
        return JavaType.isFileList(unwrapped(type));
    }

    private static JavaType unwrapped(JavaType type) {
        return type instanceof JavaType.Nullable n ? n.value() : type;
    }

    /** The record of the body: the request itself, or the record of its body member. */
    private static Optional<RecordDecl> bodyRecord(
            Operation.RequestBody b, RecordDecl request, List<RecordDecl> records) {
        return b.member().isEmpty()
                ? Optional.of(request)
                : request.fields().stream()
                        .filter(f -> f.wireName().equals(b.member().get()))
                        .map(FieldDecl::type)
                        .filter(JavaType.RecordRef.class::isInstance)
                        .map(t -> ((JavaType.RecordRef) t).simpleName())
                        .flatMap(name ->
                                records.stream().filter(r -> r.simpleName().equals(name)))
                        .findFirst();
    }

    /** The component of the request record holding the member {@code wireName}. */
    private static Optional<String> javaName(RecordDecl request, String wireName) {
        return request.fields().stream()
                .filter(f -> f.wireName().equals(wireName))
                .map(FieldDecl::javaName)
                .findFirst();
    }
}
