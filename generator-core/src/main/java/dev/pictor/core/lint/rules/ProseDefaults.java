package dev.pictor.core.lint.rules;

import dev.pictor.core.json.LocatedNode;
import java.util.Optional;

/**
 * The default a description states in words ("Default is 4", "defaults to 4", "默认值:768"), read the way
 * {@code description.prose-default} reads it, for code outside the lint rules (the compatibility check tells a
 * default that moved into the description from one that was dropped).
 */
public final class ProseDefaults {

    private ProseDefaults() {}

    /** The default the description states, as a message shows it ({@code 4}, {@code "DDIM"}); empty when none. */
    public static Optional<String> stated(String description) {
        return DescriptionProse.statedDefault(description).map(DescriptionProse.StatedValue::shown);
    }

    /** True when the description states a default, and it is {@code value}. */
    public static boolean states(String description, LocatedNode value) {
        return DescriptionProse.statedDefault(description)
                .map(s -> s.matches(value))
                .orElse(false);
    }
}
