package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pictor.core.model.ProviderDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one HTTP handler: counts the request, finds the provider its path belongs to, reads the body within the cap,
 * plays a waiting fault, checks the credential, lets the provider's API answer, and writes the answer. The credential
 * is read here and nowhere else; it is compared, never stored, logged or handed to an API.
 */
final class Router implements HttpHandler {

    static final String CONTROL = "/_emulator";

    /** Headers an API never sees. */
    private static final Set<String> HIDDEN = Set.of("authorization", "proxy-authorization", "cookie");
    /** After a body over the cap, at most this much more is read and dropped before the connection is closed. */
    private static final long DRAIN_LIMIT = 64L << 20;

    /** The headers recorded as {@link RecordedRequest#REDACTED}: {@link #HIDDEN} and every provider's credential header. */
    private final Set<String> secret;

    private final Map<String, ProviderApi> byMount;
    private final ProviderApi unprefixed;
    private final EmulatorState state;
    private final Consumer<String> log;
    private final Control control;

    /** Thrown after an answer to make the JDK server close the connection (its documented reaction to a failing handler). */
    private static final class CloseConnection extends IOException {
        CloseConnection() {
            super("connection closed on purpose", null);
        }
    }

    /** The control endpoints, {@code /_emulator/...}; answered by {@link ProviderEmulator}. */
    interface Control {
        Response handle(String method, String path, String rawQuery, byte[] body);
    }

    /**
     * @param unprefixed the Cloudflare API answering {@code /client/v4/...} without a prefix, or null
     */
    Router(List<ProviderApi> apis, ProviderApi unprefixed, EmulatorState state, Consumer<String> log, Control control) {
        this.byMount = new HashMap<>();
        Set<String> names = new java.util.TreeSet<>(HIDDEN);
        for (ProviderApi api : apis) {
            api.provider().authHeader().ifPresent(h -> names.add(h.toLowerCase(Locale.ROOT)));
        }
        this.secret = Set.copyOf(names);
        for (ProviderApi api : apis) {
            if (!api.mount().isEmpty()) {
                byMount.put(api.mount(), api);
            }
        }
        this.unprefixed = unprefixed;
        this.state = state;
        this.log = log;
        this.control = control;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (path.equals(CONTROL) || path.startsWith(CONTROL + "/")) {
            byte[] body = readBody(exchange, state.maxBodyBytes());
            Response answer = body == null
                    ? Response.json(413, Wire.object().put("error", "body over " + state.maxBodyBytes() + " bytes"))
                    : control.handle(method, path, exchange.getRequestURI().getRawQuery(), body);
            write(exchange, answer, null);
            return;
        }
        ProviderApi api = null;
        String rest = path;
        int slash = path.indexOf('/', 1);
        String first = slash < 0 ? path : path.substring(0, slash);
        if (byMount.containsKey(first)) {
            api = byMount.get(first);
            rest = slash < 0 ? "/" : path.substring(slash);
        } else if (unprefixed != null && path.startsWith(CloudflareApi.ROOT)) {
            api = unprefixed;
        }
        state.arrived(api == null ? null : api.id());
        if (api == null) {
            Response answer = Response.json(404, Wire.object().put("error", "no provider is served at " + path));
            finish(exchange, method, path, null, answer, false, null);
            return;
        }
        ProviderDocument provider = api.provider();
        String credentialHeader = provider.authHeader().orElse("Authorization");
        String credential = exchange.getRequestHeaders().getFirst(credentialHeader);

        // The body, within the cap.
        byte[] body = readBody(exchange, state.maxBodyBytes());
        if (body == null) {
            drain(exchange.getRequestBody()); // before answering: answering closes the request stream
            Response answer = api.error(
                            ErrorKind.TOO_LARGE,
                            "the request body is over the limit of " + state.maxBodyBytes() + " bytes")
                    .withHeader("Connection", "close");
            finish(exchange, method, path, api, answer, credential != null, null);
            throw new CloseConnection();
        }

        // A waiting fault, in front of the API.
        Optional<Fault> fault = state.faults().takeHttpFault(api.id());
        Fault.Kind kind = fault.map(Fault::kind).orElse(null);
        if (kind == Fault.Kind.SLOW) {
            sleep(fault.get().duration().orElse(state.slowDelay()));
        } else if (kind == Fault.Kind.RATE_LIMITED) {
            long seconds = seconds(fault.get().duration().orElse(state.retryAfter()));
            Response answer = api.error(
                            ErrorKind.RATE_LIMITED,
                            "Request was throttled. Expected available in " + seconds
                                    + (seconds == 1 ? " second." : " seconds."))
                    .withHeader("Retry-After", Long.toString(seconds));
            finish(exchange, method, path, api, answer, credential != null, kind);
            return;
        } else if (kind == Fault.Kind.SERVER_ERROR) {
            finish(
                    exchange,
                    method,
                    path,
                    api,
                    api.error(ErrorKind.SERVER_ERROR, "Internal server error (emulated)"),
                    credential != null,
                    kind);
            return;
        } else if (kind == Fault.Kind.UNAVAILABLE) {
            finish(
                    exchange,
                    method,
                    path,
                    api,
                    api.error(ErrorKind.UNAVAILABLE, "Service unavailable (emulated)")
                            .withHeader("Retry-After", "1"),
                    credential != null,
                    kind);
            return;
        }

        ApiRequest request = new ApiRequest(
                method,
                rest,
                exchange.getRequestURI().getRawQuery(),
                visibleHeaders(exchange.getRequestHeaders(), credentialHeader),
                body,
                state.origin() + api.mount());
        Response answer;
        if (api.requiresCredential(request) && !authorized(provider, credential)) {
            answer = api.error(ErrorKind.UNAUTHORIZED, "unauthorized");
            switch (provider.authScheme()) {
                case "bearer" -> answer = answer.withHeader("WWW-Authenticate", "Bearer");
                case "token" -> answer = answer.withHeader("WWW-Authenticate", "Token");
                case "basic" -> answer = answer.withHeader("WWW-Authenticate", "Basic realm=\"" + provider.id() + "\"");
                default -> {}
            }
        } else {
            try {
                answer = api.handle(request);
            } catch (RuntimeException e) {
                // The emulator's own bug: the provider's 500, with the exception's type only (a message could quote
                // the request).
                answer = api.error(
                        ErrorKind.SERVER_ERROR,
                        "emulator failure: " + e.getClass().getName());
                state.internalError(e);
            }
        }
        if (kind == Fault.Kind.WRONG_CONTENT_TYPE) {
            answer = Response.text(
                    answer.status(),
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html>\n<html><head><title>Bad gateway</title></head>"
                            + "<body><h1>Bad gateway</h1><p>emulated proxy page</p></body></html>\n");
        }
        finish(exchange, method, path, api, answer, credential != null, kind);
        if (kind == Fault.Kind.TRUNCATED) {
            throw new CloseConnection();
        }
    }

    /** Writes the answer (half of it for a truncation), records and logs it. */
    private void finish(
            HttpExchange exchange,
            String method,
            String path,
            ProviderApi api,
            Response answer,
            boolean credentialSent,
            Fault.Kind fault)
            throws IOException {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host"))
                .orElse("")
                .replaceFirst(":[0-9]*$", "")
                .toLowerCase(Locale.ROOT);
        String query = exchange.getRequestURI().getRawQuery();
        state.record(new RecordedRequest(
                method,
                path,
                Optional.ofNullable(api).map(ProviderApi::id),
                answer.status(),
                credentialSent,
                Optional.ofNullable(fault),
                host,
                query == null ? "" : query,
                recordedHeaders(exchange.getRequestHeaders())));
        if (log != null) {
            log.accept(method + " " + path + " -> " + answer.status()
                    + (api == null ? "" : " (" + api.id() + ")")
                    + (fault == null ? "" : " [fault " + fault.name().toLowerCase(Locale.ROOT) + "]"));
        }
        write(exchange, answer, fault);
    }

    private static void write(HttpExchange exchange, Response answer, Fault.Kind fault) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (answer.contentType() != null) {
            headers.set("Content-Type", answer.contentType());
        }
        answer.headers().forEach(headers::set);
        byte[] body = answer.body();
        if (body.length == 0) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (fault == Fault.Kind.TRUNCATED) {
            out.write(body, 0, body.length / 2);
            out.flush();
            return; // the caller throws: the JDK server then closes the connection, short of Content-Length
        }
        out.write(body);
        out.close();
    }

    /** The body, or null when it is over {@code max} bytes (declared or read). */
    private static byte[] readBody(HttpExchange exchange, long max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null; // the JDK server refuses these before a handler runs; kept for safety
            }
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and drops what the client still sends, so that closing the connection does not reset it mid-answer. */
    private static void drain(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
                total += n;
            }
        } catch (IOException ignored) {
            // the client gave up; the connection closes anyway
        }
    }

    /** Every header by lower-case name, a credential's value redacted. */
    private Map<String, String> recordedHeaders(Headers headers) {
        Map<String, String> recorded = new HashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            recorded.merge(
                    lower,
                    secret.contains(lower) ? RecordedRequest.REDACTED : String.join(", ", values),
                    (a, b) -> secret.contains(lower) ? a : a + ", " + b);
        });
        return recorded;
    }

    private static Map<String, String> visibleHeaders(Headers headers, String credentialHeader) {
        Map<String, String> visible = new HashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HIDDEN.contains(lower) && !lower.equalsIgnoreCase(credentialHeader) && !values.isEmpty()) {
                visible.put(lower, values.get(0));
            }
        });
        return visible;
    }

    /**
     * Whether the header carries a credential in the provider's scheme ({@code Bearer <token>}, {@code Token
     * <token>}) and, when a token is expected, that one (compared in constant time).
     */
    private boolean authorized(ProviderDocument provider, String header) {
        String scheme = provider.authScheme();
        if (scheme.equals("none")) {
            return true;
        }
        if (header == null) {
            return false;
        }
        String token = header.trim();
        String prefix = switch (scheme) {
            case "token" -> "Token ";
            case "bearer" -> "Bearer ";
            case "basic" -> "Basic ";
            default -> "";
        };
        if (!prefix.isEmpty()) {
            if (token.length() <= prefix.length() || !token.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return false;
            }
            token = token.substring(prefix.length()).trim();
        }
        if (token.isEmpty()) {
            return false;
        }
        if (scheme.equals("basic")) {
            // user:password in base64
            try {
                token = new String(java.util.Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
            if (!token.contains(":")) {
                return false;
            }
        }
        String expected = state.expectedToken();
        return expected == null
                || MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code Retry-After} in whole seconds, rounded up. */
    static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses the control endpoint's fault list: one object or an array of them. */
    static List<Fault> parseFaults(JsonNode body) {
        ArrayNode list;
        if (body.isArray()) {
            list = (ArrayNode) body;
        } else if (body.isObject() && body.path("faults").isArray()) {
            list = (ArrayNode) body.get("faults");
        } else if (body.isObject()) {
            list = Wire.array().add(body);
        } else {
            throw new IllegalArgumentException("expected a fault object or an array of them");
        }
        List<Fault> faults = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("kind").isTextual()) {
                throw new IllegalArgumentException(
                        "each fault is an object with a \"kind\" (" + Arrays.toString(Fault.Kind.values()) + ")");
            }
            Fault.Kind kind;
            try {
                kind = Fault.Kind.valueOf(
                        item.get("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fault kind \""
                        + item.get("kind").asText() + "\"; one of " + Arrays.toString(Fault.Kind.values()));
            }
            Fault fault = Fault.of(kind);
            if (item.has("retryAfterSeconds")) {
                fault = fault.withDuration(Duration.ofMillis(
                        Math.round(item.get("retryAfterSeconds").asDouble() * 1000)));
            }
            if (item.has("delayMillis")) {
                fault = fault.withDuration(
                        Duration.ofMillis(item.get("delayMillis").asLong()));
            }
            if (item.path("provider").isTextual()) {
                fault = fault.forProvider(item.get("provider").asText());
            }
            int count = item.path("count").asInt(1);
            if (count < 1 || count > 10_000) {
                throw new IllegalArgumentException("count must be between 1 and 10000");
            }
            for (int i = 0; i < count; i++) {
                faults.add(fault);
            }
        }
        return faults;
    }

    /** For control answers. */
    static ObjectNode faultJson(Fault fault) {
        ObjectNode node = Wire.object();
        node.put("kind", fault.kind().name());
        fault.provider().ifPresent(p -> node.put("provider", p));
        fault.duration()
                .ifPresent(d -> node.put(
                        fault.kind() == Fault.Kind.RATE_LIMITED ? "retryAfterSeconds" : "delayMillis",
                        fault.kind() == Fault.Kind.RATE_LIMITED ? d.toMillis() / 1000.0 : d.toMillis()));
        return node;
    }
}
