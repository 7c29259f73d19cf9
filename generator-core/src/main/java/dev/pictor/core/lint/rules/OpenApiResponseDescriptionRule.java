package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;

/**
 * A response of an OpenAPI operation without the {@code description} OpenAPI requires: strict OpenAPI validators
 * refuse the document, though Pictor imports it. Checked at import only ({@code dev.pictor.core.lint.openapi}): a
 * model document keeps the responses' schemas, not their descriptions.
 */
public final class OpenApiResponseDescriptionRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.response-description",
            Severity.NOTE,
            "An OpenAPI response has no description, which OpenAPI requires.");

    private OpenApiResponseDescriptionRule() {}

    /** Reports a response object (its {@code $ref} already followed) that has no {@code description}. */
    public static void check(LocatedObject response, String status, String operation, Findings findings) {
        if (!response.has("description")) {
            findings.report(
                    response,
                    "response " + status + " of " + operation + " has no description, which OpenAPI requires of"
                            + " every response",
                    "nothing to change for Pictor, which imports it; strict OpenAPI validators refuse the document,"
                            + " so tell the provider");
        }
    }
}
