package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.rules.UnknownKeys.UnknownKey;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.schema.Keywords;

/**
 * A key of a schema object that is neither a keyword of the document's dialect, nor a vendor keyword its provider
 * declares, nor an {@code x-} extension (see {@link UnknownKeys}): validators and the generator ignore it. A key that
 * looks like a misspelt assertion keyword is {@link KeywordMisspelledRule}'s, not this rule's, and OpenAPI 3.0's
 * {@code nullable} in an OpenAPI 3.1 document is {@link OpenApiNullableRule}'s.
 */
public final class KeywordUnknownRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "keyword.unknown",
            Severity.WARNING,
            "A schema uses a keyword that is not JSON Schema, not a declared vendor keyword and not an x- extension.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        ProviderDocument provider = context.providerOf(model);
        UnknownKeys.of(model, provider).forEach(unknown -> {
            if (!unknown.misspelledAssertion(model.dialect())
                    && !OpenApiNullableRule.covers(
                            model.dialect(), unknown.member().name())) {
                report(unknown, model.dialect(), provider, findings);
            }
        });
    }

    private static void report(UnknownKey unknown, Dialect dialect, ProviderDocument provider, Findings findings) {
        String key = unknown.member().name();
        if (Keywords.isNewerKeyword(dialect, key)) {
            findings.report(
                    unknown.member().value(),
                    "\"" + key + "\" is a draft 2020-12 keyword, but this document is " + Keywords.dialectName(dialect),
                    "declare the dialect as draft 2020-12, or write the constraint the " + Keywords.dialectName(dialect)
                            + " way");
            return;
        }
        String hint = unknown.closest()
                .map(k -> "did you mean \"" + k + "\"?")
                .orElse("validators and the generator ignore it: remove it, rename it to \"x-" + key
                        + "\", or declare it in vendorKeywords of " + provider.file());
        findings.report(
                unknown.member().value(),
                "\"" + key + "\" is not a " + Keywords.dialectName(dialect)
                        + " keyword, nor a vendor keyword of provider \"" + provider.id() + "\"",
                hint);
    }
}
