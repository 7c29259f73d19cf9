package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The JSON of the control endpoints for job scripts and request records: read and written here. */
final class Control {

    private Control() {}

    /**
     * {@code {"outcome": "failed", "status": "Content Moderated", "provider": "bfl", "rateLimitedPolls": 2,
     * "retryAfterSeconds": 3, "count": 1}}, or an array of them.
     */
    static List<JobScript> parseJobScripts(JsonNode body) {
        ArrayNode list;
        if (body.isArray()) {
            list = (ArrayNode) body;
        } else if (body.isObject()) {
            list = Wire.array().add(body);
        } else {
            throw new IllegalArgumentException("expected a job script object or an array of them");
        }
        List<JobScript> scripts = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("outcome").isTextual()) {
                throw new IllegalArgumentException("each job script is an object with an \"outcome\" ("
                        + Arrays.toString(JobScript.Outcome.values()) + ")");
            }
            JobScript.Outcome outcome;
            try {
                outcome = JobScript.Outcome.valueOf(
                        item.get("outcome").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown outcome \""
                        + item.get("outcome").asText() + "\"; one of " + Arrays.toString(JobScript.Outcome.values()));
            }
            JobScript script = JobScript.of(outcome);
            if (item.path("status").isTextual()) {
                script = script.withStatus(item.get("status").asText());
            }
            if (item.has("rateLimitedPolls")) {
                int polls = item.get("rateLimitedPolls").asInt(-1);
                if (polls < 0 || polls > 1000) {
                    throw new IllegalArgumentException("rateLimitedPolls must be between 0 and 1000");
                }
                script = script.rateLimitedPolls(
                        polls,
                        Duration.ofMillis(
                                Math.round(item.path("retryAfterSeconds").asDouble(1) * 1000)));
            }
            if (item.path("provider").isTextual()) {
                script = script.forProvider(item.get("provider").asText());
            }
            int count = item.path("count").asInt(1);
            if (count < 1 || count > 10_000) {
                throw new IllegalArgumentException("count must be between 1 and 10000");
            }
            for (int i = 0; i < count; i++) {
                scripts.add(script);
            }
        }
        return scripts;
    }

    static ObjectNode jobScriptJson(JobScript script) {
        ObjectNode node = Wire.object();
        node.put("outcome", script.outcome().name());
        script.status().ifPresent(s -> node.put("status", s));
        if (script.rateLimitedPolls() > 0) {
            node.put("rateLimitedPolls", script.rateLimitedPolls());
            script.retryAfter().ifPresent(d -> node.put("retryAfterSeconds", d.toMillis() / 1000.0));
        }
        script.provider().ifPresent(p -> node.put("provider", p));
        return node;
    }

    /** A recorded request: method, host, path, query, provider, status, credential flag, fault, headers. */
    static ObjectNode recordJson(RecordedRequest r) {
        ObjectNode node = Wire.object();
        node.put("method", r.method());
        node.put("host", r.host());
        node.put("path", r.path());
        node.put("query", r.query());
        if (r.provider().isPresent()) {
            node.put("provider", r.provider().get());
        } else {
            node.putNull("provider");
        }
        node.put("status", r.status());
        node.put("credentialSent", r.credentialSent());
        node.put("carriedCredential", r.carriedCredential());
        r.fault().ifPresent(f -> node.put("fault", f.name()));
        ObjectNode headers = Wire.object();
        r.headers().forEach(headers::put);
        node.set("headers", headers);
        return node;
    }

    /** The first value of a query parameter, decoded, or null. */
    static String queryValue(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
