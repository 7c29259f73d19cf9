package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The request breaks the model's input schema; nothing was sent. {@link #violations()} lists every violation. */
public class InvalidRequestException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidRequestException(ModelId model, List<Violation> violations) {
        super(prefix(model) + "invalid request, nothing sent: " + describe(violations), model);
        this.violations = List.copyOf(violations);
    }

    /** Every violation, in the validator's order, each with its JSON Pointer. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
