package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key of a schema object that is neither a keyword of the document's dialect, nor a vendor keyword its provider
 * declares, nor an {@code x-} extension: validators and the generator ignore it, so a misspelt {@code maximun}
 * silently drops a constraint. Only keys of schema objects are looked at, never property names.
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
        Set<String> known = Keywords.of(model.dialect());
        Set<String> candidates = new TreeSet<>(known);
        candidates.addAll(provider.vendorKeywords());
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    for (Member m : schema.members()) {
                        String key = m.name();
                        if (!known.contains(key)
                                && !provider.vendorKeywords().contains(key)
                                && !key.toLowerCase(Locale.ROOT).startsWith("x-")) {
                            report(m, model.dialect(), provider, candidates, findings);
                        }
                    }
                }
            });
        }
    }

    private static void report(
            Member m, Dialect dialect, ProviderDocument provider, Set<String> candidates, Findings findings) {
        String key = m.name();
        if (dialect == Dialect.DRAFT_7 && Keywords.DRAFT_2020_12.contains(key)) {
            findings.report(
                    m.value(),
                    "\"" + key + "\" is a draft 2020-12 keyword, but this document is draft-07",
                    "declare the dialect as draft 2020-12, or write the constraint the draft-07 way");
            return;
        }
        String hint = Spelling.closest(key, candidates)
                .map(k -> "did you mean \"" + k + "\"?")
                .orElse("validators and the generator ignore it: remove it, rename it to \"x-" + key
                        + "\", or declare it in vendorKeywords of " + provider.file());
        findings.report(
                m.value(),
                "\"" + key + "\" is not a " + Keywords.dialectName(dialect)
                        + " keyword, nor a vendor keyword of provider \"" + provider.id() + "\"",
                hint);
    }
}
