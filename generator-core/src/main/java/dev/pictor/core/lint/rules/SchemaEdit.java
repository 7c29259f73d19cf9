package dev.pictor.core.lint.rules;

import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Origin;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a hint tells the user to change a model's schema, by the document's origin: an {@code authored} schema is the
 * team's own text and is edited; a {@code published} one stays verbatim (so a later snapshot diffs cleanly) and is
 * changed through a refinement.
 */
final class SchemaEdit {

    private SchemaEdit() {}

    /**
     * The hint for {@code change}, a phrase that starts with a verb and names what to change ({@code "set the minimum
     * to the smallest width the model accepts"}).
     */
    static String hint(ModelDocument model, String change) {
        return model.origin() == Origin.AUTHORED
                ? change + "; this document is authored, so edit its schema"
                : change + " with a refinement; the published schema stays verbatim";
    }

    /**
     * The hint for {@code change}, carrying for a published schema the refinements that make it, as JSON a user can
     * paste into the document's {@code refinements}.
     */
    static String hint(ModelDocument model, String change, List<SuggestedRefinement> refinements) {
        if (model.origin() == Origin.AUTHORED || refinements.isEmpty()) {
            return hint(model, change);
        }
        return change + " with " + (refinements.size() == 1 ? "this refinement" : "these refinements")
                + " (the published schema stays verbatim): "
                + refinements.stream().map(SuggestedRefinement::json).collect(Collectors.joining(", "));
    }
}
