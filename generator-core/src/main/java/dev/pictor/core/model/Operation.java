package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * @param encoding  multipart only: how members are laid out as parts, by member name (a member not named here has
     *                  its default layout, {@link Layout})
     */
    public record RequestBody(
            String mediaType, Optional<String> member, boolean required, Map<String, PartEncoding> encoding) {

        public RequestBody {
            encoding = Collections.unmodifiableMap(new LinkedHashMap<>(encoding));
        }

        /** Whether the body is sent as {@code multipart/form-data}, each member a part. */
        public boolean multipart() {
            return "multipart/form-data".equals(mediaType);
        }
    }

    /**
     * How one member of a multipart body is laid out as parts.
     *
     * @param layout      the layout
     * @param contentType the part's media type; for a file, empty means the image's own
     */
    public record PartEncoding(Layout layout, Optional<String> contentType) {}

    /**
     * The layouts of a multipart member. Without an {@code encoding} entry a scalar is {@link #TEXT}, a file
     * {@link #FILE}, an array of scalars or files {@link #REPEAT}, anything else {@link #JSON} (OpenAPI's default).
     */
    public enum Layout {
        /** One text part. */
        TEXT("text"),
        /** One file part: file name and the image's media type. */
        FILE("file"),
        /** One part holding the member as JSON text. */
        JSON("json"),
        /** One text part per leaf, named as the member's path in brackets: {@code text_prompts[0][text]}. */
        BRACKETS("brackets"),
        /** One part per array item, each named as the member. */
        REPEAT("repeat"),
        /** One part per array item, each named as the member followed by {@code []}. */
        REPEAT_BRACKETS("repeat-brackets");

        private final String keyword;

        Layout(String keyword) {
            this.keyword = keyword;
        }

        /** The layout as the model document spells it. */
        public String keyword() {
            return keyword;
        }

        /** The layout the model document spells {@code keyword}, which its meta-schema accepted. */
        public static Layout of(String keyword) {
            for (Layout l : values()) {
                if (l.keyword.equals(keyword)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(keyword);
        }
    }

    /**
     * One success response.
     *
     * @param status    the HTTP status, {@code 2xx}
     * @param mediaType its media type ({@code application/json}, {@code image/png})
     * @param schema    the JSON Pointer of its schema in the document: {@code /output} or {@code /output/anyOf/N}; empty
     *                  for the submit answer of a provider that runs jobs ({@link JobFlow}), whose output is the job's
     *                  result
     */
    public record Response(String status, String mediaType, Optional<String> schema) {

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
                                b.text("mediaType").orElseThrow(), b.text("member"), flag(b, "required"), encoding(b))),
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
                                r.text("schema")))
                        .toList());
    }

    private static Map<String, PartEncoding> encoding(LocatedObject body) {
        Map<String, PartEncoding> encoding = new LinkedHashMap<>();
        body.object("encoding")
                .ifPresent(e -> e.members().forEach(m -> {
                    LocatedObject part = m.value().asObject().orElseThrow();
                    encoding.put(
                            m.name(),
                            new PartEncoding(Layout.of(part.text("layout").orElseThrow()), part.text("contentType")));
                }));
        return encoding;
    }

    private static boolean flag(LocatedObject o, String name) {
        return o.get(name).map(v -> ((LocatedNode.LocatedBoolean) v).value()).orElse(false);
    }
}
