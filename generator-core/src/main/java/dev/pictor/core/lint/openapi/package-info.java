/**
 * Lint of an OpenAPI file itself, run by {@code pictor import openapi} on the operations it imports: {@link
 * dev.pictor.core.lint.openapi.OpenApiLint} checks each operation, its responses and every schema it reaches
 * (parameters, request body, responses, and the components they reference, followed through {@code $ref} but never
 * into {@code x-} extensions), each once, located in the OpenAPI file. The checks are the {@code openapi.*} rules of
 * {@code dev.pictor.core.lint.rules}, which also run, as ordinary rules, on the model documents the import writes;
 * {@link dev.pictor.core.lint.openapi.OpenApiDocument} is how this package reads the OpenAPI file.
 */
package dev.pictor.core.lint.openapi;
