package dev.pictor.core.codegen;

import dev.pictor.core.diag.SourceLocation;
import java.util.Objects;

/**
 * An adapter template that cannot be rendered: a value it names is missing from the context, or it fails otherwise.
 * Carries the template's location, file and line, so that the generator reports it as a located finding.
 */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;
    private final boolean builtIn;

    /**
     * @param location the template file and the line of the tag that failed
     * @param builtIn  whether the template is one of Pictor's own (a failure is then a bug in Pictor)
     * @param message  what went wrong, without the location
     */
    public TemplateException(SourceLocation location, boolean builtIn, String message) {
        super(message);
        this.location = Objects.requireNonNull(location, "location");
        this.builtIn = builtIn;
    }

    /** The template file and the line of the tag that failed. */
    public SourceLocation location() {
        return location;
    }

    /** Whether the template is one of Pictor's own, not a user's. */
    public boolean builtIn() {
        return builtIn;
    }
}
