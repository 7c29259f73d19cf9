package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter under two names in the same object: {@code steps} beside {@code num_steps}. A request can set both,
 * to different values, and nobody can say which one the provider reads.
 */
public final class DuplicateParameterRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "model.duplicate-parameter", Severity.WARNING, "An object has the same parameter under two names.");

    private static final List<String> PREFIXES = List.of("number_of_", "num_", "n_");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        SchemaWalker.walk(model.input(), sub -> {
            if (sub.node() instanceof LocatedObject object) {
                object.object("properties")
                        .ifPresent(properties -> check(
                                properties.members(),
                                SchemaEdit.hint(
                                        model,
                                        "after checking which one the provider reads, keep one: remove the other"),
                                findings));
            }
        });
    }

    private static void check(List<Member> properties, String hint, Findings findings) {
        for (int later = 1; later < properties.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                Member a = properties.get(earlier);
                Member b = properties.get(later);
                List<String> reasons = new ArrayList<>();
                if (normalise(a.name()).equals(normalise(b.name()))) {
                    reasons.add("same name without count prefix or suffix, case and underscores");
                }
                if (sameDescriptionAndType(a.value(), b.value())) {
                    reasons.add("same type and description");
                }
                if (!reasons.isEmpty()) {
                    findings.report(
                            b.value(),
                            SchemaFacts.quoted(b.name()) + " duplicates "
                                    + SchemaFacts.quoted(a.name()) + " (" + String.join("; ", reasons)
                                    + "): a request can set both to different values",
                            hint);
                }
            }
        }
    }

    /**
     * Lower case, without the prefix {@code num_}, {@code number_of_} or {@code n_}, the suffix {@code _count}, and
     * underscores: {@code num_steps}, {@code steps} and {@code Steps_Count} are all {@code steps}.
     */
    static String normalise(String name) {
        String n = SchemaFacts.lower(name);
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                n = n.substring(prefix.length());
                break;
            }
        }
        if (n.endsWith("_count") && n.length() > "_count".length()) {
            n = n.substring(0, n.length() - "_count".length());
        }
        return n.replace("_", "");
    }

    private static boolean sameDescriptionAndType(LocatedNode a, LocatedNode b) {
        if (!(a instanceof LocatedObject x) || !(b instanceof LocatedObject y)) {
            return false;
        }
        Optional<String> description = SchemaFacts.description(x).map(String::strip);
        return description.isPresent()
                && description.equals(SchemaFacts.description(y).map(String::strip))
                && Objects.equals(
                        x.get("type").map(LocatedNode::toJackson).orElse(null),
                        y.get("type").map(LocatedNode::toJackson).orElse(null));
    }
}
