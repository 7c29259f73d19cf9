package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.schema.Keywords;

/**
 * An unknown key of a schema object that is a near-miss of a keyword that constrains values ({@code maximun},
 * {@code minLenght}): validators and the generator ignore it, so the constraint the author meant is silently gone.
 * An ERROR, where other unknown keys ({@link KeywordUnknownRule}) are WARNINGs.
 */
public final class KeywordMisspelledRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "keyword.misspelled",
            Severity.ERROR,
            "A schema uses a near-miss of an assertion keyword (maximun for maximum): the constraint is lost.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        ProviderDocument provider = context.providerOf(model);
        UnknownKeys.of(model, provider).forEach(unknown -> {
            if (unknown.misspelledAssertion(model.dialect())) {
                String keyword = unknown.closest().orElseThrow();
                findings.report(
                        unknown.member().value(),
                        "\"" + unknown.member().name() + "\" is not a " + Keywords.dialectName(model.dialect())
                                + " keyword, so the \"" + keyword + "\" constraint it looks like is not applied",
                        SchemaEdit.hint(model, "write it as \"" + keyword + "\""));
            }
        });
    }
}
