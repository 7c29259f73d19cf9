package dev.pictor.core.lint;

import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;

/** What every rule may read: the loaded set and the reference validator that knows its shared schemas. */
public record LintContext(SchemaSet schemas, ReferenceValidator validator) {

    public ProviderDocument providerOf(ModelDocument model) {
        return schemas.provider(model.provider()).orElseThrow();
    }
}
