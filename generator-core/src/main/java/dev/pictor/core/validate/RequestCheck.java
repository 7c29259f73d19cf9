package dev.pictor.core.validate;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Refinement;
import dev.pictor.core.model.SchemaSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks JSON requests (a provider's documented example, a captured payload) against a model's refined input schema
 * before anything is sent: each violation is a located ERROR in the request file, and where a refinement made the
 * failing constraint, the message gives the refinement's reason.
 */
public final class RequestCheck {

    private final SchemaSet schemas;
    private final ReferenceValidator validator;

    public RequestCheck(SchemaSet schemas) {
        this.schemas = schemas;
        this.validator = ReferenceValidator.forSchemas(schemas);
    }

    /** The document of model {@code id} at {@code version}, or at its latest snapshot when no version is given. */
    public Optional<ModelDocument> model(String id, Optional<String> version) {
        return schemas.models().stream()
                .filter(m -> m.model().equals(id))
                .filter(m -> version.isEmpty() || m.version().equals(version.get()))
                .max(Comparator.comparing(ModelDocument::snapshot).thenComparing(ModelDocument::version));
    }

    /** The versions of model {@code id} in the schemas root, oldest first; empty when there is no such model. */
    public List<String> versions(String id) {
        return schemas.models().stream()
                .filter(m -> m.model().equals(id))
                .sorted(Comparator.comparing(ModelDocument::snapshot).thenComparing(ModelDocument::version))
                .map(ModelDocument::version)
                .toList();
    }

    /**
     * The findings of one request: why it is not JSON, or each way it breaks the model's refined input schema.
     *
     * @param shownAs the name findings give the request file
     */
    public List<Diagnostic> check(ModelDocument model, String shownAs, byte[] request) {
        Diagnostics findings = new Diagnostics();
        Optional<LocatedNode> parsed = LocatedJsonReader.read(shownAs, request, findings);
        if (parsed.isEmpty()) {
            return findings.sorted();
        }
        List<Violation> violations = validator.validate(
                model.effectiveInput().toJackson(),
                model.dialect(),
                model.assertsFormats(),
                model.file(),
                parsed.get().toJackson());
        List<Diagnostic> found = new ArrayList<>(findings.sorted());
        for (Violation v : violations) {
            LocatedNode at = parsed.get().nearest(v.pointer());
            String because = refinementOf(model, v)
                    .map(r -> "; the refinement of " + r.path() + " says why: " + r.why())
                    .orElse("");
            found.add(new Diagnostic(
                    Severity.ERROR, "request." + v.keyword(), at.location(), v.pointer(), v.message() + because, null));
        }
        found.sort(Diagnostic.ORDER);
        return found;
    }

    /** The deepest refinement that set the failing keyword or a schema around it, if one did. */
    private static Optional<Refinement> refinementOf(ModelDocument model, Violation v) {
        if (v.schemaPointer().isEmpty()) {
            return Optional.empty();
        }
        String keyword = "/input" + v.schemaPointer();
        return model.refinements().stream()
                .filter(r -> JsonPointer.isAtOrBelow(keyword, r.path()))
                .max(Comparator.comparingInt(r -> r.path().length()));
    }
}
