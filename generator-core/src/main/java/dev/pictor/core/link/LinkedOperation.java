package dev.pictor.core.link;

import dev.pictor.core.model.Operation;
import java.util.List;
import java.util.Optional;

/**
 * How a model imported from an OpenAPI operation is called ({@link Operation}), with the Java names of the request
 * members its parameters and body are held in: what a transport needs to lay out the HTTP request and to read each
 * answer it may get.
 *
 * @param method      the HTTP method, upper case
 * @param path        the path template, relative to the provider's base URL ({@code /generation/{engine_id}/...})
 * @param operationId the operation's id, when the document gives one
 * @param parameters  the path, query and header parameters, in the document's order
 * @param body        the request body, when the operation takes one
 * @param responses   every success response, one per status and media type, in the document's order
 * @param result      the index in {@code responses} of the answer the adapter reads by default ({@link
 *                    LinkedModel#result()}): the first JSON answer when there is one, else the first image
 */
public record LinkedOperation(
        String method,
        String path,
        Optional<String> operationId,
        List<Parameter> parameters,
        Optional<Body> body,
        List<Response> responses,
        int result) {

    public LinkedOperation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /**
     * A parameter, held in a member of the request record.
     *
     * @param name     the parameter's name, as sent (and the request member's wire name)
     * @param in       where it is sent
     * @param required whether a call must give it
     * @param javaName the request record's component that holds it
     */
    public record Parameter(String name, Operation.In in, boolean required, String javaName) {}

    /**
     * The request body.
     *
     * @param mediaType {@code application/json} or {@code multipart/form-data}
     * @param member    the request member that holds it, by wire name; empty when the request is the body
     * @param javaName  that member's record component; empty when the request is the body
     * @param required  whether a call must send one
     * @param fileParts the wire names of the body's members that are files (or lists of files), sent as file parts
     *                  of a multipart body; empty for a JSON body
     * @param parts     multipart only: how each member of the body's record is laid out, its document's
     *                  {@code encoding} or the default of its type; empty for a JSON body
     */
    public record Body(
            String mediaType,
            Optional<String> member,
            Optional<String> javaName,
            boolean required,
            List<String> fileParts,
            List<Part> parts) {

        public Body {
            fileParts = List.copyOf(fileParts);
            parts = List.copyOf(parts);
        }

        /** Whether the body is sent as {@code multipart/form-data}, each member a part. */
        public boolean multipart() {
            return "multipart/form-data".equals(mediaType);
        }
    }

    /**
     * How one member of a multipart body is laid out as parts.
     *
     * @param name        the member's wire name
     * @param layout      as the document's {@code encoding} says, else the default of the member's type: text for a
     *                    scalar, file for a file, repeat for a list of scalars or files, JSON for anything else
     * @param contentType the parts' media type, when the document gives one
     * @param file        whether the member holds a file or a list of files
     */
    public record Part(String name, Operation.Layout layout, Optional<String> contentType, boolean file) {}

    /**
     * A success response.
     *
     * @param status    the HTTP status, {@code 2xx}
     * @param mediaType its media type, which a call asks for with {@code Accept}
     * @param schema    the JSON Pointer of its schema in the model document ({@code /output/anyOf/1})
     * @param shape     how it is read: JSON into a response record, or image bytes
     */
    public record Response(String status, String mediaType, String schema, ResultShape shape) {}

    /** The answer the adapter reads by default. */
    public Response resultResponse() {
        return responses.get(result);
    }
}
