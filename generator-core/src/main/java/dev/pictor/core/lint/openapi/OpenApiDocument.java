package dev.pictor.core.lint.openapi;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI document as the lint reads it: its dialect, the Reference Objects it resolves inside itself, and the
 * schemas an operation names. A reference to another file is the importer's to resolve (or refuse); here it leads
 * nowhere, so what lies behind it is not linted.
 */
final class OpenApiDocument {

    /** Past this many references in a row, a chain is taken for a loop and not followed. */
    private static final int MAX_CHAIN = 32;

    /** Header parameters OpenAPI says to ignore: the import leaves them out, so does the lint. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final LocatedNode root;

    OpenApiDocument(LocatedNode root) {
        this.root = root;
    }

    /** OpenAPI 3.0 for an {@code openapi} version of {@code 3.0.x}, else 3.1. */
    Dialect dialect() {
        return root.asObject()
                        .flatMap(o -> o.text("openapi"))
                        .filter(v -> v.startsWith("3.0"))
                        .isPresent()
                ? Dialect.OPENAPI_3_0
                : Dialect.OPENAPI_3_1;
    }

    /** The node at a pointer of the document. */
    Optional<LocatedNode> at(String pointer) {
        return root.at(pointer);
    }

    /** The node a local {@code $ref} ({@code #/components/schemas/X}) names; empty for any other reference. */
    Optional<LocatedNode> target(String ref) {
        return ref.startsWith("#") ? root.at(JsonPointer.fromUriFragment(ref.substring(1))) : Optional.empty();
    }

    /** An object, or the object its chain of Reference Objects leads to; empty when it leads nowhere. */
    Optional<LocatedObject> resolve(LocatedNode node) {
        Optional<LocatedNode> current = Optional.of(node);
        for (int hop = 0; hop < MAX_CHAIN && current.isPresent(); hop++) {
            Optional<LocatedObject> object = current.get().asObject();
            Optional<String> ref = object.flatMap(o -> o.text("$ref"));
            if (ref.isEmpty()) {
                return object;
            }
            current = target(ref.get());
        }
        return Optional.empty();
    }

    /**
     * The schemas an operation names: of its parameters (its path item's too), of each media type of its request
     * body, of each media type of each response.
     *
     * @param pointer the operation's pointer, {@code /paths/~1images~1generations/post}
     */
    List<LocatedNode> schemasOf(String pointer, LocatedObject operation) {
        List<LocatedNode> schemas = new ArrayList<>();
        String pathItem = pointer.substring(0, pointer.lastIndexOf('/'));
        List<LocatedNode> parameters = new ArrayList<>();
        at(JsonPointer.append(pathItem, "parameters"))
                .flatMap(LocatedNode::asArray)
                .ifPresent(a -> parameters.addAll(a.items()));
        operation.array("parameters").ifPresent(a -> parameters.addAll(a.items()));
        for (LocatedNode parameter : parameters) {
            resolve(parameter).filter(p -> !ignoredHeader(p)).ifPresent(p -> {
                p.get("schema").ifPresent(schemas::add);
                content(p, schemas);
            });
        }
        operation.get("requestBody").flatMap(this::resolve).ifPresent(body -> content(body, schemas));
        for (Member response : responses(operation)) {
            resolve(response.value()).ifPresent(r -> content(r, schemas));
        }
        return schemas;
    }

    /** The members of an operation's {@code responses}, status by status. */
    static List<Member> responses(LocatedObject operation) {
        return operation.object("responses").map(LocatedObject::members).orElse(List.of());
    }

    /** Adds the schema of each media type of an object's {@code content}. */
    private static void content(LocatedObject holder, List<LocatedNode> schemas) {
        holder.object("content")
                .ifPresent(content -> content.members()
                        .forEach(media -> media.value()
                                .asObject()
                                .flatMap(m -> m.get("schema"))
                                .ifPresent(schemas::add)));
    }

    private static boolean ignoredHeader(LocatedObject parameter) {
        return parameter.text("in").filter("header"::equals).isPresent()
                && parameter
                        .text("name")
                        .map(n -> IGNORED_HEADERS.contains(n.toLowerCase(Locale.ROOT)))
                        .orElse(false);
    }
}
