package dev.pictor.runtime.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A JDK HTTP server on 127.0.0.1 that answers each route with a script: a sequence of answers, the last one repeated.
 * Records every request (method, path, body, whether it carried the expected credential; the header value itself is
 * never kept).
 */
final class ScriptedServer implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One answer. */
    interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    record Seen(
            String method,
            String path,
            String query,
            String authorization,
            byte[] body,
            String prefer,
            String host,
            Map<String, String> headers) {
        boolean hasCredential(String token) {
            return ("Bearer " + token).equals(authorization);
        }

        /** The first value of request header {@code name} (any case), or null; never the credential's. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Route(String method, Pattern path, List<Answer> answers, AtomicInteger next) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    final AtomicLong bytesWritten = new AtomicLong();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code method} requests whose path matches {@code pathRegex} with {@code answers} in turn. */
    ScriptedServer on(String method, String pathRegex, Answer... answers) {
        routes.add(new Route(method, Pattern.compile(pathRegex), List.of(answers), new AtomicInteger()));
        return this;
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    long count(String method, String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return seen.stream()
                .filter(s -> s.method().equals(method) && p.matcher(s.path()).matches())
                .count();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            seen.add(new Seen(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body,
                    exchange.getRequestHeaders().getFirst("Prefer"),
                    exchange.getRequestHeaders().getFirst("Host"),
                    headers(exchange)));
            for (Route r : routes) {
                if (r.method().equals(exchange.getRequestMethod())
                        && r.path().matcher(path).matches()) {
                    int i = Math.min(r.next().getAndIncrement(), r.answers().size() - 1);
                    r.answers().get(i).write(exchange);
                    return;
                }
            }
            json(404, "{\"error\":\"no route\"}").write(exchange);
        } finally {
            exchange.close();
        }
    }

    /** The request's headers but {@code Authorization}, by lower-case name, each its first value. */
    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.equals("authorization") && !values.isEmpty()) {
                headers.put(key, values.get(0));
            }
        });
        return headers;
    }

    // ---- answers

    static Answer json(int status, String body, String... headers) {
        return bytes(status, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Answer bytes(int status, String contentType, byte[] body, String... headers) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    /** {@code then} after {@code delay} (interrupted when the server stops). */
    static Answer delayed(Duration delay, Answer then) {
        return exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("stopped");
            }
            then.write(exchange);
        };
    }

    /** Status, headers and {@code Content-Length}, half the body, then the connection is dropped. */
    static Answer truncated(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new IOException("connection dropped on purpose");
        };
    }

    /** A chunked body of {@code total} bytes, written 64 KiB at a time; counts what it managed to write. */
    Answer chunked(String contentType, long total) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            OutputStream out = exchange.getResponseBody();
            for (long written = 0; written < total; written += chunk.length) {
                out.write(chunk);
                out.flush();
                bytesWritten.addAndGet(chunk.length);
            }
            out.close();
        };
    }

    /** Waits until {@code count} requests match, at most {@code timeout}. */
    boolean await(String method, String pathRegex, long count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (count(method, pathRegex) >= count) {
                return true;
            }
            Thread.sleep(5);
        }
        return count(method, pathRegex) >= count;
    }

    static List<String> paths(List<Seen> seen) {
        List<String> out = new ArrayList<>();
        seen.forEach(s -> out.add(s.method() + " " + s.path()));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
