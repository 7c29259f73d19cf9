package dev.pictor.core.model;

import java.util.Optional;

/**
 * The schema dialects a document may declare. Draft 2020-12 is assumed when a source names none.
 *
 * <p>Each dialect is recorded by the URI of the meta-schema its schemas are checked against, so the document's
 * {@code dialect} member is also where an editor finds that meta-schema. OpenAPI 3.0 publishes no dialect URI of its
 * own: its Schema Object is the {@code Schema} definition of the OpenAPI 3.0 JSON Schema, recorded with the iteration
 * Pictor bundles ({@code 2019-04-02}). OpenAPI 3.1 names its base dialect itself.
 */
public enum Dialect {
    DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema"),
    DRAFT_7("http://json-schema.org/draft-07/schema#"),
    /** OpenAPI 3.0's Schema Object: draft-04 based, with {@code nullable} and boolean exclusive bounds. */
    OPENAPI_3_0("https://spec.openapis.org/oas/3.0/schema/2019-04-02#/definitions/Schema"),
    /** OpenAPI 3.1's base dialect: draft 2020-12 and the OpenAPI base vocabulary. */
    OPENAPI_3_1("https://spec.openapis.org/oas/3.1/dialect/base");

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
