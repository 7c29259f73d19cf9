package dev.pictor.runtime.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a model imported from an OpenAPI operation is called: the facts {@link OpenApiTransport} lays the HTTP request
 * out by and reads the answer with, as the model document's {@code operation} says. Everything is by wire name: a
 * parameter is the request's JSON member of its name, the body the member {@link Body#member()} (or the whole request),
 * a part the body's member of its name.
 *
 * <p>Generated code builds one as {@code OperationInfo.of("POST", "/v1/images/edits").withBody(...).withPart(...)
 * .withJsonResponse("200", "application/json").reading(0)}.
 *
 * @param method     the HTTP method, upper case
 * @param path       the path template, relative to the provider's base URL, each {@code {name}} a path parameter
 * @param parameters the path, query and header parameters, in the document's order
 * @param body       the request body, when the operation takes one
 * @param parts      multipart only: how the body's members are laid out as parts; a member not named here gets its
 *                   default layout ({@link Layout})
 * @param responses  every success response, in the document's order
 * @param result     the index in {@code responses} of the answer the adapter reads, asked for with {@code Accept}
 */
public record OperationInfo(
        String method,
        String path,
        List<Parameter> parameters,
        Optional<Body> body,
        List<Part> parts,
        List<Response> responses,
        int result) {

    public OperationInfo {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(body, "body");
        parts = List.copyOf(parts);
        responses = List.copyOf(responses);
        if (!responses.isEmpty() && (result < 0 || result >= responses.size())) {
            throw new IllegalArgumentException("no response " + result + " of " + responses.size());
        }
    }

    /** Where a parameter goes in the HTTP request. */
    public enum In {
        /** In the path, for its {@code {name}}. */
        PATH,
        /** In the query. */
        QUERY,
        /** In a header of its name. */
        HEADER;

        /** The location as the model document spells it: {@code path}, {@code query}, {@code header}. */
        public static In of(String keyword) {
            return valueOf(keyword.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A parameter: the request member of the same name.
     *
     * @param name     the parameter's name, as sent, and the request member that holds its value
     * @param in       where it is sent
     * @param required whether a call must give it
     */
    public record Parameter(String name, In in, boolean required) {

        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(in, "in");
        }
    }

    /**
     * The request body.
     *
     * @param mediaType {@code application/json} or {@code multipart/form-data}
     * @param member    the request member that holds it; empty when the request is the body
     * @param required  whether a call must send one
     */
    public record Body(String mediaType, Optional<String> member, boolean required) {

        public Body {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(member, "member");
        }

        /** Whether the body is sent as {@code multipart/form-data}, each member a part. */
        public boolean multipart() {
            return "multipart/form-data".equalsIgnoreCase(mediaType);
        }
    }

    /**
     * The layouts of a multipart member, as the model document's {@code encoding} names them. A member with no
     * {@link Part} is laid out by its value: a string, number or boolean {@link #TEXT}, a file {@link #FILE}, an array
     * of those {@link #REPEAT}, anything else {@link #JSON}.
     */
    public enum Layout {
        /** One text part. */
        TEXT("text"),
        /** One file part: a file name and the image's media type. */
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

        /** The layout the model document spells {@code keyword}. */
        public static Layout of(String keyword) {
            for (Layout l : values()) {
                if (l.keyword.equals(keyword)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("no multipart layout \"" + keyword + "\"");
        }
    }

    /**
     * How one member of a multipart body is sent.
     *
     * @param name        the member's wire name
     * @param layout      its layout
     * @param contentType the media type of its parts; empty for the layout's own (a file's is the image's)
     * @param file        whether the member holds a file or a list of files, which the adapter writes as base64 and
     *                    the transport sends as bytes
     */
    public record Part(String name, Layout layout, Optional<String> contentType, boolean file) {

        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /**
     * A success response.
     *
     * @param status    the HTTP status, {@code 2xx}
     * @param mediaType its media type, asked for with {@code Accept}
     * @param binary    whether it is image (or other) bytes rather than JSON
     */
    public record Response(String status, String mediaType, boolean binary) {

        public Response {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /** The operation {@code method path}, to be completed with the {@code with...} methods. */
    public static OperationInfo of(String method, String path) {
        return new OperationInfo(
                method.toUpperCase(Locale.ROOT), path, List.of(), Optional.empty(), List.of(), List.of(), 0);
    }

    /** This operation with one more parameter, sent {@code in} ({@code path}, {@code query} or {@code header}). */
    public OperationInfo withParameter(String name, String in, boolean required) {
        return new OperationInfo(
                method,
                path,
                plus(parameters, new Parameter(name, In.of(in), required)),
                body,
                parts,
                responses,
                result);
    }

    /**
     * This operation with a body of {@code mediaType}, held in the request member {@code member} (empty: the request
     * is the body).
     */
    public OperationInfo withBody(String mediaType, String member, boolean required) {
        return new OperationInfo(
                method,
                path,
                parameters,
                Optional.of(new Body(mediaType, member.isEmpty() ? Optional.empty() : Optional.of(member), required)),
                parts,
                responses,
                result);
    }

    /**
     * This operation with the body member {@code name} laid out as {@code layout} ({@code text}, {@code json},
     * {@code brackets}, ...), its parts of {@code contentType} (empty: the layout's own).
     */
    public OperationInfo withPart(String name, String layout, String contentType) {
        return withPart(new Part(name, Layout.of(layout), optional(contentType), false));
    }

    /**
     * This operation with the body member {@code name}, a file or a list of files, laid out as {@code layout}
     * ({@code file}, {@code repeat}, ...), its parts of {@code contentType} (empty: each image's own).
     */
    public OperationInfo withFilePart(String name, String layout, String contentType) {
        return withPart(new Part(name, Layout.of(layout), optional(contentType), true));
    }

    private OperationInfo withPart(Part part) {
        return new OperationInfo(method, path, parameters, body, plus(parts, part), responses, result);
    }

    /** This operation with one more success response, JSON. */
    public OperationInfo withJsonResponse(String status, String mediaType) {
        return new OperationInfo(
                method, path, parameters, body, parts, plus(responses, new Response(status, mediaType, false)), result);
    }

    /** This operation with one more success response, bytes ({@code image/png}). */
    public OperationInfo withBinaryResponse(String status, String mediaType) {
        return new OperationInfo(
                method, path, parameters, body, parts, plus(responses, new Response(status, mediaType, true)), result);
    }

    /** This operation, its adapter reading response number {@code index} (from 0, in the order given). */
    public OperationInfo reading(int index) {
        return new OperationInfo(method, path, parameters, body, parts, responses, index);
    }

    /** The answer the adapter reads; empty when the operation lists none. */
    public Optional<Response> resultResponse() {
        return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(result));
    }

    /** Whether the body is {@code multipart/form-data}. */
    public boolean multipart() {
        return body.map(Body::multipart).orElse(false);
    }

    /** How body member {@code name} is sent, when a part names it. */
    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
