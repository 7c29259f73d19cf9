package dev.pictor.core.lint.openapi;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.rules.OpenApiFractionalMultipleOfRule;
import dev.pictor.core.lint.rules.OpenApiNullableRule;
import dev.pictor.core.lint.rules.OpenApiOperationIdRule;
import dev.pictor.core.lint.rules.OpenApiPlaceholderBoundRule;
import dev.pictor.core.lint.rules.OpenApiProseEnumRule;
import dev.pictor.core.lint.rules.OpenApiRefSiblingsRule;
import dev.pictor.core.lint.rules.OpenApiResponseDescriptionRule;
import dev.pictor.core.lint.rules.OpenApiSchemaRule;
import dev.pictor.core.lint.rules.OpenApiScope;
import dev.pictor.core.schema.SchemaWalker;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lint {@code pictor import openapi} runs on the OpenAPI file, for the operations it imports: each operation's
 * id and responses, then every schema the operations reach, each once and located where the OpenAPI file writes it
 * (a component two operations share is reported once, at the component). The findings are those of the
 * {@code openapi.*} rules; {@code openapi.response-description} only here, since a model document does not keep a
 * response's description.
 */
public final class OpenApiLint {

    /** The rules that look at one schema at a time, as the linter runs them on model documents. */
    private static final List<OpenApiSchemaRule> SCHEMA_RULES = List.of(
            new OpenApiRefSiblingsRule(),
            new OpenApiNullableRule(),
            new OpenApiPlaceholderBoundRule(),
            new OpenApiFractionalMultipleOfRule(),
            new OpenApiProseEnumRule());

    private OpenApiLint() {}

    /**
     * Lints the operations of an OpenAPI document.
     *
     * Findings take their place (file, line, column) from the document's nodes.
     *
     * @param openApiDocument    the whole document, read with locations
     * @param operationPointers  the JSON Pointers of the operations imported, {@code /paths/~1images~1generations/post};
     *                           one that names no object is skipped (the importer reports it)
     * @param out                where the findings go
     */
    public static void lint(LocatedNode openApiDocument, List<String> operationPointers, Diagnostics out) {
        OpenApiDocument document = new OpenApiDocument(openApiDocument);
        OpenApiScope scope = OpenApiScope.openApiFile(document.dialect());
        Map<RuleInfo, Findings> findings = new LinkedHashMap<>();
        findings.put(OpenApiResponseDescriptionRule.INFO, new Findings(OpenApiResponseDescriptionRule.INFO));
        findings.put(OpenApiOperationIdRule.INFO, new Findings(OpenApiOperationIdRule.INFO));
        SCHEMA_RULES.forEach(rule -> findings.put(rule.info(), new Findings(rule.info())));
        Set<String> seenResponses = new HashSet<>();
        Deque<LocatedNode> pending = new ArrayDeque<>();
        for (String pointer : operationPointers) {
            Optional<LocatedObject> operation = document.at(pointer).flatMap(LocatedNode::asObject);
            if (operation.isEmpty()) {
                continue;
            }
            List<String> tokens = JsonPointer.tokens(pointer);
            String method = tokens.get(tokens.size() - 1).toUpperCase(Locale.ROOT);
            String path = tokens.size() >= 2 ? tokens.get(tokens.size() - 2) : "";
            String name = method + " " + path;
            OpenApiOperationIdRule.check(operation.get(), method, path, findings.get(OpenApiOperationIdRule.INFO));
            for (Member response : OpenApiDocument.responses(operation.get())) {
                document.resolve(response.value())
                        .filter(r -> seenResponses.add(r.pointer()))
                        .ifPresent(r -> OpenApiResponseDescriptionRule.check(
                                r, response.name(), name, findings.get(OpenApiResponseDescriptionRule.INFO)));
            }
            pending.addAll(document.schemasOf(pointer, operation.get()));
        }
        checkSchemas(document, pending, scope, findings);
        findings.values().forEach(f -> out.addAll(f.all()));
    }

    /** Checks every schema reached from {@code pending}, following local {@code $ref}s, each schema once. */
    private static void checkSchemas(
            OpenApiDocument document, Deque<LocatedNode> pending, OpenApiScope scope, Map<RuleInfo, Findings> f) {
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            LocatedNode root = pending.poll();
            if (seen.contains(root.pointer())) {
                continue;
            }
            SchemaWalker.walk(root, sub -> {
                if (sub.node() instanceof LocatedObject schema && seen.add(schema.pointer())) {
                    SCHEMA_RULES.forEach(rule -> rule.check(schema, scope, f.get(rule.info())));
                    schema.text("$ref").flatMap(document::target).ifPresent(pending::add);
                }
            });
        }
    }
}
