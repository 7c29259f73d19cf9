package dev.pictor.core.link;

import java.util.Locale;
import java.util.Optional;

/** The JSON types as JSON Schema names them; an integer is also a number. */
public enum JsonType {
    NULL,
    BOOLEAN,
    OBJECT,
    ARRAY,
    NUMBER,
    STRING,
    INTEGER;

    public String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JsonType> parse(String name) {
        for (JsonType t : values()) {
            if (t.schemaName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
