package dev.pictor.core.lint.rules;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import java.util.List;
import java.util.Optional;

/**
 * Where an {@code openapi.*} rule looks: at a schema of the OpenAPI file itself, when {@code pictor import openapi}
 * lints it ({@code dev.pictor.core.lint.openapi.OpenApiLint}), or at a schema of a model document in an OpenAPI
 * dialect, when the linter runs. The check is the same in both places; only the hint differs: in a model document it
 * carries the refinement to paste, in the OpenAPI file (which stays as the provider published it) it says what to
 * refine once imported.
 *
 * @param dialect the schemas' dialect, OpenAPI 3.0 or 3.1
 * @param model   the model document, or empty in the OpenAPI file
 */
public record OpenApiScope(Dialect dialect, Optional<ModelDocument> model) {

    /** The scope of a schema of an OpenAPI file in {@code dialect}, at import. */
    public static OpenApiScope openApiFile(Dialect dialect) {
        return new OpenApiScope(dialect, Optional.empty());
    }

    /** The scope of a model document's schemas. */
    static OpenApiScope of(ModelDocument model) {
        return new OpenApiScope(model.dialect(), Optional.of(model));
    }

    /** True for a model document whose schemas are written in an OpenAPI dialect, the documents these rules read. */
    static boolean isOpenApi(ModelDocument model) {
        return model.dialect() == Dialect.OPENAPI_3_0 || model.dialect() == Dialect.OPENAPI_3_1;
    }

    /**
     * The hint for {@code change} (a phrase starting with a verb): in a model document with the refinements that make
     * it; in the OpenAPI file, the change to make by refinement once imported.
     */
    String hint(String change, List<SuggestedRefinement> refinements) {
        return model.map(m -> SchemaEdit.hint(m, change, refinements))
                .orElse(change + " with a refinement of the imported model document; the OpenAPI file stays as"
                        + " published");
    }
}
