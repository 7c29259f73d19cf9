package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.json.PictorJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP request of an OpenAPI operation ({@link OperationInfo}) for one encoded request: the path template filled
 * with the path parameters (each value percent-encoded as one segment), the query parameters appended, the header
 * parameters set, and the body written as JSON or as {@code multipart/form-data} ({@link Multipart}). A parameter
 * absent from the request is not sent; an array query parameter is repeated ({@code tag=a&tag=b}, OpenAPI's
 * {@code form} style with {@code explode}); an object value is sent as JSON text.
 */
final class OperationRequests {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}]+)}");

    private OperationRequests() {}

    /**
     * The request, its {@code Accept} header left to the caller.
     *
     * @param base      the provider's base URL
     * @param operation the operation's facts
     * @param request   the request as the adapter encoded it: a JSON object
     * @throws IllegalArgumentException when a path parameter the template names has no value
     */
    static HttpRequest.Builder build(URI base, OperationInfo operation, JsonNode request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(base, operation, request));
        for (OperationInfo.Parameter p : operation.parameters()) {
            JsonNode value = request.path(p.name());
            if (p.in() == OperationInfo.In.HEADER && present(value)) {
                builder.setHeader(p.name(), text(value));
            }
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (operation.body().isPresent()) {
            OperationInfo.Body body = operation.body().get();
            JsonNode value = body.member().map(request::path).orElse(request);
            if (present(value)) {
                if (body.multipart()) {
                    Multipart multipart = Multipart.of(value, operation);
                    builder.setHeader("Content-Type", multipart.contentType());
                    publisher = HttpRequest.BodyPublishers.ofByteArray(multipart.bytes());
                } else {
                    builder.setHeader("Content-Type", body.mediaType());
                    publisher = HttpRequest.BodyPublishers.ofByteArray(PictorJson.write(value));
                }
            }
        }
        return builder.method(operation.method(), publisher);
    }

    /** The base URL, the path with its parameters filled, and the query. */
    static URI uri(URI base, OperationInfo operation, JsonNode request) {
        Matcher m = TEMPLATE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        int from = 0;
        while (m.find()) {
            JsonNode value = request.path(m.group(1));
            if (!present(value)) {
                throw new IllegalArgumentException("no value for the path parameter {" + m.group(1) + "}");
            }
            path.append(Urls.encodePath(operation.path().substring(from, m.start())))
                    .append(encode(text(value)));
            from = m.end();
        }
        path.append(Urls.encodePath(operation.path().substring(from)));
        String b = base.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        String relative = path.toString();
        URI uri = URI.create(b + (relative.startsWith("/") ? "" : "/") + relative);
        List<String> query = new ArrayList<>();
        for (OperationInfo.Parameter p : operation.parameters()) {
            JsonNode value = request.path(p.name());
            if (p.in() != OperationInfo.In.QUERY || !present(value)) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(item -> query.add(encode(p.name()) + "=" + encode(text(item))));
            } else {
                query.add(encode(p.name()) + "=" + encode(text(value)));
            }
        }
        return withQuery(uri, query);
    }

    /** {@code uri} with {@code pairs} ({@code name=value}, encoded) appended to its query. */
    static URI withQuery(URI uri, List<String> pairs) {
        if (pairs.isEmpty()) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + String.join("&", pairs));
    }

    /** The query pairs of {@code query} with each {@code {id}} replaced by {@code id}, encoded. */
    static List<String> query(Map<String, String> query, String id) {
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value.replace("{id}", id))));
        return pairs;
    }

    private static boolean present(JsonNode value) {
        return !value.isMissingNode() && !value.isNull();
    }

    /** A scalar as it is written in a URL or header; anything else as JSON text. */
    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : new String(PictorJson.write(value), StandardCharsets.UTF_8);
    }

    /** Percent-encodes every byte but RFC 3986's unreserved characters: a value fit for a path segment or a query. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
