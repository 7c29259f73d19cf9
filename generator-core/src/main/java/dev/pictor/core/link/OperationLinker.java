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
                        fileParts(b, request, requestRecords)));
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
        Optional<RecordDecl> body = b.member().isEmpty()
                ? Optional.of(request)
                : request.fields().stream()
                        .filter(f -> f.wireName().equals(b.member().get()))
                        .map(FieldDecl::type)
                        .filter(JavaType.RecordRef.class::isInstance)
                        .map(t -> ((JavaType.RecordRef) t).simpleName())
                        .flatMap(name ->
                                records.stream().filter(r -> r.simpleName().equals(name)))
                        .findFirst();
        return body.map(r -> r.fields().stream()
                        .filter(f -> JavaType.isFileList(f.type())
                                || f.type() instanceof JavaType.Bytes bytes
                                        && bytes.encoding() == JavaType.BytesEncoding.FILE_PART)
                        .map(FieldDecl::wireName)
                        .toList())
                .orElse(List.of());
    }

    /** The component of the request record holding the member {@code wireName}. */
    private static Optional<String> javaName(RecordDecl request, String wireName) {
        return request.fields().stream()
                .filter(f -> f.wireName().equals(wireName))
                .map(FieldDecl::javaName)
                .findFirst();
    }
}
