package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OpenAPI operation a model document was imported from ({@code pictor import openapi}), as its
 * {@code operation} member says: where it was published, and how a call is laid out. Each parameter is the member
 * of the input schema of the same name; the request body is the input itself, or the input's member
 * {@link RequestBody#member()}; each success response has its own output schema, {@code /output} itself or, when
 * there are several media types, one branch of the output's {@code anyOf}.
 *
 * @param node        the {@code operation} member, for locations
 * @param file        the OpenAPI document's file name
 * @param infoVersion the OpenAPI document's {@code info.version}
 * @param line        the operation's line in the OpenAPI document
 * @param method      the HTTP method, upper case
 * @param path        the path template, relative to the provider's base URL ({@code /v1/generation/{engine_id}/...})
 * @param operationId the operation's id, when the document gives one
 * @param requestBody the request body, when the operation takes one
 * @param parameters  the path, query and header parameters, in the document's order
 * @param responses   the success responses, one per status and media type, in the document's order
 */
public record Operation(
        LocatedObject node,
        String file,
        String infoVersion,
        int line,
        String method,
        String path,
        Optional<String> operationId,
        Optional<RequestBody> requestBody,
        List<Parameter> parameters,
        List<Response> responses) {

    public Operation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** Where a parameter goes in the HTTP request. */
    public enum In {
        PATH,
        QUERY,
        HEADER
    }

    /**
     * A parameter: the input member of the same name.
     *
     * @param name     the parameter's name, as sent, and the input member that holds its value
     * @param in       where it is sent
     * @param required whether a call must give it
     */
    public record Parameter(String name, In in, boolean required) {}

    /**
     * The request body.
     *
     * @param mediaType {@code application/json} or {@code multipart/form-data}
     * @param member    the input member that holds the body; empty when the input is the body itself
     * @param required  whether a call must send one
     */
    public record RequestBody(String mediaType, Optional<String> member, boolean required) {

        /** Whether the body is sent as {@code multipart/form-data}, each member a part. */
        public boolean multipart() {
            return "multipart/form-data".equals(mediaType);
        }
    }

    /**
     * One success response.
     *
     * @param status    the HTTP status, {@code 2xx}
     * @param mediaType its media type ({@code application/json}, {@code image/png})
     * @param schema    the JSON Pointer of its schema in the document: {@code /output} or {@code /output/anyOf/N}
     */
    public record Response(String status, String mediaType, String schema) {

        /** Whether the answer is image bytes rather than JSON. */
        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** Reads the {@code operation} member of a model document that its meta-schema accepted. */
    public static Operation read(LocatedObject o) {
        return new Operation(
                o,
                o.text("file").orElseThrow(),
                o.text("infoVersion").orElseThrow(),
                o.number("line").orElseThrow().intValueExact(),
                o.text("method").orElseThrow(),
                o.text("path").orElseThrow(),
                o.text("operationId"),
                o.object("requestBody")
                        .map(b -> new RequestBody(
                                b.text("mediaType").orElseThrow(), b.text("member"), flag(b, "required"))),
                o.array("parameters").orElseThrow().items().stream()
                        .map(p -> p.asObject().orElseThrow())
                        .map(p -> new Parameter(
                                p.text("name").orElseThrow(),
                                In.valueOf(p.text("in").orElseThrow().toUpperCase(Locale.ROOT)),
                                flag(p, "required")))
                        .toList(),
                o.array("responses").orElseThrow().items().stream()
                        .map(r -> r.asObject().orElseThrow())
                        .map(r -> new Response(
                                r.text("status").orElseThrow(),
                                r.text("mediaType").orElseThrow(),
                                r.text("schema").orElseThrow()))
                        .toList());
    }

    private static boolean flag(LocatedObject o, String name) {
        return o.get(name).map(v -> ((LocatedNode.LocatedBoolean) v).value()).orElse(false);
    }
}
