package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.OpenApiFiles.Doc;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The output of an operation that runs as a job ({@link ProviderJob}): the job's result, which is what the provider's
 * poll answers hold at the job's {@code result} pointer when the job succeeded. When the polled path is a {@code GET}
 * operation of the same OpenAPI document, the output is the schema its JSON answer has at that pointer (through
 * {@code properties}, {@code allOf} branches, {@code items} and the first {@code oneOf} or {@code anyOf} branch that has it), copied with the components it references; otherwise
 * the document does not describe the result and the output is {@code {}}. A result whose schema says nothing of its
 * shape (Black Forest Labs' {@code result} is {@code anyOf: [{}, {type: null}]}) is a NOTE that asks for a refinement.
 */
final class OpenApiJobResult {

    /** Keywords that say something of a value's shape. */
    private static final List<String> TYPING = List.of(
            "type",
            "properties",
            "items",
            "prefixItems",
            "enum",
            "const",
            "format",
            "additionalProperties",
            "patternProperties",
            "$ref");

    /**
     * The output of a job operation.
     *
     * @param schema the output schema, copied (its components queued in the output's {@code $defs})
     * @param said   how it was found, for the model document's source
     */
    record Output(LocatedNode schema, String said) {}

    private OpenApiJobResult() {}

    /**
     * The output of {@code label} (the submit operation, at {@code at}) of a provider whose operations are jobs.
     *
     * @param schemas the output's copier
     */
    static Output of(
            ProviderJob job,
            LocatedObject document,
            Doc doc,
            OpenApiSchemas schemas,
            String label,
            LocatedNode at,
            Diagnostics problems) {
        String pointer = job.result();
        Optional<Member> poll = document.object("paths").stream()
                .flatMap(p -> p.members().stream())
                .filter(p -> job.polls(p.name()))
                .filter(p -> p.value().asObject().flatMap(o -> o.object("get")).isPresent())
                .findFirst();
        if (poll.isEmpty()) {
            String why = job.pollPath()
                    .map(p -> "the job is polled at " + p + ", which is no GET operation of this document")
                    .orElse("the job is polled at the URL its submit answer gives, which this document does not"
                            + " describe");
            untyped(problems, at, label, why + ", so nothing says what its result (" + show(pointer) + ") is");
            return new Output(
                    new LocatedObject(at.location(), at.pointer(), List.of()),
                    "the output is the job's result, which the document does not describe (" + why + "): {}");
        }
        LocatedObject get =
                poll.get().value().asObject().flatMap(o -> o.object("get")).orElseThrow();
        String polled = "GET " + poll.get().name();
        Optional<Map.Entry<String, LocatedNode>> answer = answer(get, doc);
        Optional<LocatedNode> result = answer.flatMap(a -> at(a.getValue(), pointer, doc));
        if (result.isEmpty()) {
            String why = answer.isEmpty()
                    ? polled + " has no success answer with a JSON schema"
                    : "the schema of " + polled + "'s answer " + answer.get().getKey() + " has nothing at "
                            + show(pointer);
            untyped(problems, get, label, why + ", so nothing says what the job's result is");
            return new Output(
                    new LocatedObject(at.location(), at.pointer(), List.of()),
                    "the output is the job's result, which the document does not describe (" + why + "): {}");
        }
        String said = "the output is the job's result: the schema at " + show(pointer) + " of the answer "
                + answer.get().getKey() + " of " + polled;
        if (untyped(result.get(), doc, 0)) {
            untyped(
                    problems,
                    result.get(),
                    label,
                    "its result is the schema at " + show(pointer) + " of the answer of " + polled
                            + ", which says nothing of its shape");
        }
        return new Output(schemas.copyRoot(result.get(), doc), said);
    }

    /** The first success answer of {@code get} with a JSON schema: its status and media type, and the schema. */
    private static Optional<Map.Entry<String, LocatedNode>> answer(LocatedObject get, Doc doc) {
        for (Member r : get.object("responses").map(LocatedObject::members).orElse(List.of())) {
            if (!r.name().matches("2[0-9][0-9]")) {
                continue;
            }
            Optional<LocatedObject> content =
                    LocalSchemas.resolve(r.value(), doc).asObject().flatMap(o -> o.object("content"));
            for (Member media : content.map(LocatedObject::members).orElse(List.of())) {
                String type = media.name().toLowerCase(Locale.ROOT);
                Optional<LocatedNode> schema = media.value().asObject().flatMap(o -> o.get("schema"));
                if ((type.startsWith("application/json") || type.contains("+json")) && schema.isPresent()) {
                    return Optional.of(Map.entry(r.name() + " " + media.name(), schema.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The schema of the value at {@code pointer} in an instance of {@code schema}; empty when it does not say. */
    private static Optional<LocatedNode> at(LocatedNode schema, String pointer, Doc doc) {
        LocatedNode current = schema;
        for (String token : JsonPointer.tokens(pointer)) {
            LocatedNode next = LocalSchemas.properties(current, doc).get(token);
            if (next == null && token.matches("0|[1-9][0-9]{0,8}")) {
                next = LocalSchemas.resolve(current, doc)
                        .asObject()
                        .flatMap(o -> o.get("items"))
                        .orElse(null);
            }
            if (next == null) {
                next = branchWith(current, token, doc).orElse(null); // Runway's task: one branch per status
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /** The member {@code token} of the first {@code oneOf} or {@code anyOf} branch that declares it. */
    private static Optional<LocatedNode> branchWith(LocatedNode schema, String token, Doc doc) {
        Optional<LocatedObject> object = LocalSchemas.resolve(schema, doc).asObject();
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (LocatedNode branch : object.flatMap(o -> o.array(combinator))
                    .map(LocatedArray::items)
                    .orElse(List.of())) {
                LocatedNode found = LocalSchemas.properties(branch, doc).get(token);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a schema says nothing of a value's shape: no typing keyword (a {@code type} of {@code null} alone says
     * only that there may be none), and {@code anyOf}, {@code oneOf} and {@code allOf} branches that say nothing
     * either.
     */
    private static boolean untyped(LocatedNode schema, Doc doc, int depth) {
        LocatedNode resolved = LocalSchemas.resolve(schema, doc);
        if (resolved instanceof LocatedBoolean) {
            return true;
        }
        Optional<LocatedObject> object = resolved.asObject();
        if (object.isEmpty() || depth > 8) {
            return false;
        }
        LocatedObject o = object.get();
        for (String keyword : TYPING) {
            if (o.has(keyword)
                    && !(keyword.equals("type")
                            && o.text("type").filter("null"::equals).isPresent())) {
                return false;
            }
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            for (LocatedNode branch :
                    o.array(combinator).map(LocatedArray::items).orElse(List.of())) {
                if (!untyped(branch, doc, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void untyped(Diagnostics problems, LocatedNode at, String label, String why) {
        problems.report(
                Severity.NOTE,
                "import.job-result-untyped",
                at,
                label + " runs as a job of the provider document: its output is the job's result, and " + why,
                "describe the result as the provider's documentation does, with a refinement of the model document:"
                        + " {\"path\": \"/output\", \"value\": {\"type\": \"object\", \"properties\": {...}},"
                        + " \"why\": \"where the documentation says it\"}");
    }

    private static String show(String pointer) {
        return pointer.isEmpty() ? "the answer's root" : pointer;
    }
}
