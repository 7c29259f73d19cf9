package dev.pictor.core.link;

import java.util.Optional;

/**
 * Draft 2020-12's {@code unevaluatedProperties} and {@code unevaluatedItems}: what the members or items that no
 * successful subschema of the same value evaluated must pass.
 *
 * @param properties node id of {@code unevaluatedProperties}
 * @param items      node id of {@code unevaluatedItems}
 */
public record Unevaluated(Optional<String> properties, Optional<String> items) {

    /** A schema that says neither. */
    public static final Unevaluated NONE = new Unevaluated(Optional.empty(), Optional.empty());

    /** Whether neither keyword is written. */
    public boolean isEmpty() {
        return properties.isEmpty() && items.isEmpty();
    }
}
