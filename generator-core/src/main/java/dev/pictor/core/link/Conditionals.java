package dev.pictor.core.link;

import java.util.Optional;

/**
 * The applicators that decide by another schema's verdict on the same value: {@code not}, and {@code if} with its
 * {@code then} and {@code else} ({@code then} and {@code else} without {@code if} say nothing, as the specification
 * has it, but are kept so their subschemas are parsed).
 *
 * @param not        node id of {@code not}: the value must fail it
 * @param ifSchema   node id of {@code if}
 * @param thenSchema node id of {@code then}: the value must pass it when it passes {@code if}
 * @param elseSchema node id of {@code else}: the value must pass it when it fails {@code if}
 */
public record Conditionals(
        Optional<String> not, Optional<String> ifSchema, Optional<String> thenSchema, Optional<String> elseSchema) {

    /** A schema that says none of these. */
    public static final Conditionals NONE =
            new Conditionals(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether none of these keywords is written. */
    public boolean isEmpty() {
        return not.isEmpty() && ifSchema.isEmpty() && thenSchema.isEmpty() && elseSchema.isEmpty();
    }
}
