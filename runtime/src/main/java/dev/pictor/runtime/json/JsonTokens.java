package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Short descriptions of the current token for error messages: never more than a few dozen characters of input. */
final class JsonTokens {

    static final int MAX_SHOWN = 40;

    private JsonTokens() {}

    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "end of input";
        }
        switch (t) {
            case START_OBJECT:
            case FIELD_NAME:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + cut(p.getText());
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            case VALUE_EMBEDDED_OBJECT:
                return "an embedded value";
            default:
                return t.name();
        }
    }

    static String cut(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "\u2026";
    }
}
