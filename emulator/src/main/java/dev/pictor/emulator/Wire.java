package dev.pictor.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The emulator's own reading and writing of the wire format: a Jackson tree, configured here and nowhere else, so that
 * no codec of the runtime under test is shared with the server it talks to. Numbers keep their exact decimal value
 * (a {@code 7.50} stays 7.50, a {@code 1e400} is not Infinity), a repeated member or trailing text is an error.
 */
final class Wire {

    /** Bodies are capped before they reach the parser; the parser's own limits follow that cap. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(256)
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNumberLength(4096)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Wire() {}

    /** Thrown for a body that is not one JSON value. */
    static final class MalformedJson extends Exception {
        MalformedJson(String message) {
            super(message);
        }
    }

    static JsonNode read(byte[] body) throws MalformedJson {
        if (body.length == 0) {
            throw new MalformedJson("the request body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // The parser's own message, without the echo of the body it appends as "Source".
            throw new MalformedJson(e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedJson(e.getMessage());
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.getNodeFactory().objectNode();
    }

    static ArrayNode array() {
        return MAPPER.getNodeFactory().arrayNode();
    }
}
