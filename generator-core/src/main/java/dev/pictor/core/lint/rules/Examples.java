package dev.pictor.core.lint.rules;

import dev.pictor.core.lint.LintContext;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.Validation;

/** How the rules that read examples validate them: against the refined input schema, as the document asks. */
final class Examples {

    private Examples() {}

    /**
     * Whether the model's examples can be validated at all: it has some, and its refined input schema is valid (a
     * schema that {@code schema.invalid} reports gives no verdict to trust).
     */
    static boolean checkable(ModelDocument model, LintContext context) {
        return !model.examples().isEmpty()
                && context.validator()
                        .validateSchema(model.effectiveInput().toJackson(), model.dialect())
                        .isEmpty();
    }

    /** The reference validator's answer on one example, with the patterns that ran out of steps on it. */
    static Validation validate(ModelDocument model, Example example, LintContext context) {
        return context.validator()
                .validateBounded(
                        model.effectiveInput().toJackson(),
                        model.dialect(),
                        model.assertsFormats(),
                        model.file(),
                        example.input().toJackson());
    }
}
