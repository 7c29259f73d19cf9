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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One parameter under two names in the same object: {@code steps} beside {@code num_steps}. A request can set both,
 * to different values, and nobody can say which one the provider reads. Properties that share a name (once
 * normalised) or a type and description are one finding per group, at its second member, naming the others (a few,
 * then how many more): 2,000 properties of one description are one finding, not two million.
 */
public final class DuplicateParameterRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "model.duplicate-parameter", Severity.WARNING, "An object has the same parameter under two names.");

    private static final List<String> PREFIXES = List.of("number_of_", "num_", "n_");

    /** How many duplicates a finding names before it counts the rest. */
    private static final int NAMES_SHOWN = 8;

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

    /**
     * Groups the properties by each key they are compared on (hashing, so that 40,000 properties take linear time)
     * and reports each group once, at its second member; a group both keys form alike gets one finding with both
     * reasons.
     */
    private static void check(List<Member> properties, String hint, Findings findings) {
        Map<List<Integer>, List<String>> reasonsByGroup = new HashMap<>();
        groups(properties, m -> Optional.of(normalise(m.name())))
                .forEach(group -> reasonsByGroup
                        .computeIfAbsent(group, g -> new ArrayList<>())
                        .add("same name without count prefix or suffix, case and underscores"));
        groups(properties, DuplicateParameterRule::descriptionAndType)
                .forEach(group -> reasonsByGroup
                        .computeIfAbsent(group, g -> new ArrayList<>())
                        .add("same type and description"));
        List<List<Integer>> ordered = new ArrayList<>(reasonsByGroup.keySet());
        ordered.sort(Comparator.comparing((List<Integer> group) -> group.get(1))
                .thenComparing(group -> group.get(0))
                .thenComparing(List::size));
        for (List<Integer> group : ordered) {
            List<String> reasons = reasonsByGroup.get(group);
            Member first = properties.get(group.get(0));
            List<Member> later =
                    group.subList(1, group.size()).stream().map(properties::get).toList();
            findings.report(
                    later.get(0).value(),
                    names(later) + (later.size() == 1 ? " duplicates " : " duplicate ")
                            + SchemaFacts.quoted(first.name()) + " (" + String.join("; ", reasons)
                            + "): a request can set " + (later.size() == 1 ? "both" : "them all")
                            + " to different values",
                    hint);
        }
    }

    /** The positions of the properties that share a key, for each key shared by more than one, in order. */
    private static List<List<Integer>> groups(List<Member> properties, Function<Member, Optional<?>> key) {
        Map<Object, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < properties.size(); i++) {
            int at = i;
            key.apply(properties.get(i))
                    .ifPresent(k ->
                            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(at));
        }
        return byKey.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** {@code "b"}, {@code "b" and "c"}, up to {@value #NAMES_SHOWN} names and how many more. */
    private static String names(List<Member> members) {
        List<String> shown = members.stream()
                .limit(NAMES_SHOWN)
                .map(m -> SchemaFacts.quoted(m.name()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (members.size() > NAMES_SHOWN) {
            shown.add(String.format(Locale.ROOT, "%,d more", members.size() - NAMES_SHOWN));
        }
        return SchemaFacts.join(shown, "and");
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

    /** The stripped description with the {@code type} beside it; empty for a property with no description. */
    private static Optional<List<Object>> descriptionAndType(Member property) {
        if (!(property.value() instanceof LocatedObject schema)) {
            return Optional.empty();
        }
        return SchemaFacts.description(schema)
                .map(String::strip)
                .map(d -> Arrays.asList(
                        d, schema.get("type").map(LocatedNode::toJackson).orElse(null)));
    }
}
