package dev.pictor.core.model;

import java.util.Optional;

/** The JSON Schema dialects a document may declare. Draft 2020-12 is assumed when a source names none. */
public enum Dialect {
    DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema"),
    DRAFT_7("http://json-schema.org/draft-07/schema#");

    private final String uri;

    Dialect(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    public static Optional<Dialect> fromUri(String uri) {
        for (Dialect d : values()) {
            if (d.uri.equals(uri)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
