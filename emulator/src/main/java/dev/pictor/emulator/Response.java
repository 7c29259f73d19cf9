package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer, built by a provider's API and written by the router (which may play a fault on it). */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    Response {
        headers = Map.copyOf(headers);
    }

    static Response json(int status, JsonNode body) {
        return new Response(status, JSON, Wire.write(body), Map.of());
    }

    static Response json(int status, String contentType, JsonNode body) {
        return new Response(status, contentType, Wire.write(body), Map.of());
    }

    static Response bytes(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Map.of());
    }

    static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, body, more);
    }
}
