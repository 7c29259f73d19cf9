/**
 * The built-in lint rules, one concern each (all listed by {@link dev.pictor.core.lint.Rules}), among them: bounds
 * and defaults that contradict each other or the description's prose, image sizes and uint8 arrays, unknown or
 * misplaced keywords, examples that do not get their declared verdict, one schema pasted under models of different
 * tasks, properties whose schema leaves the value open. They run on the loaded documents, published and refined,
 * never on raw text; some helpers beside them (JSON value equality, a default read from prose, a schema's types) also
 * serve the compatibility check, and {@code MetaSchemaFixes} works out the refinement a {@code schema.invalid} hint
 * offers. The {@code openapi.*} rules ({@code OpenApiSchemaRule} and the operation's id) read what OpenAPI documents
 * get wrong, in model documents of an OpenAPI dialect and, through {@code OpenApiScope}, in the OpenAPI file itself
 * at import ({@code dev.pictor.core.lint.openapi}).
 */
package dev.pictor.core.lint.rules;
