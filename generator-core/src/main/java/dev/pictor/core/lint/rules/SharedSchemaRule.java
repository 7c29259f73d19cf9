package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.LintRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One input schema pasted under models of different tasks: an inpainting model and a text-to-image model cannot need
 * the same inputs, so the schema says nothing about what either really requires.
 */
public final class SharedSchemaRule implements LintRule {

    private static final RuleInfo INFO = new RuleInfo(
            "model.shared-schema",
            Severity.WARNING,
            "The same input schema is published for models of different tasks.");

    /** How many other models a finding names before it counts the rest. */
    private static final int OTHERS_SHOWN = 8;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Map<String, List<ModelDocument>> groups = new LinkedHashMap<>();
        for (ModelDocument model : context.schemas().models()) {
            if (model.input() instanceof LocatedObject input && !input.members().isEmpty()) {
                groups.computeIfAbsent(canonical(input), k -> new ArrayList<>()).add(model);
            }
        }
        for (List<ModelDocument> group : groups.values()) {
            Set<String> tasks = group.stream().map(ModelDocument::task).collect(Collectors.toSet());
            if (tasks.size() < 2) {
                continue;
            }
            Map<String, Long> versions =
                    group.stream().collect(Collectors.groupingBy(ModelDocument::model, Collectors.counting()));
            List<String> labels = group.stream()
                    .map(m -> (versions.get(m.model()) > 1 ? m.displayName() : m.model()) + " (" + m.task() + ")")
                    .toList();
            List<String> sorted = labels.stream().sorted().toList();
            for (int i = 0; i < group.size(); i++) {
                ModelDocument model = group.get(i);
                findings.report(
                        model.input(),
                        "the same input schema is published for " + group.size() + " models with " + tasks.size()
                                + " tasks: " + others(sorted, labels.get(i)),
                        SchemaEdit.hint(
                                model,
                                "state what task " + model.task()
                                        + " really needs in this model's input (required inputs, ranges)"));
            }
        }
    }

    /**
     * The other models' labels, sorted, up to {@value #OTHERS_SHOWN} and how many more: a schema shared by 500 models
     * gives 500 findings of a few names each, not 250,000 names.
     */
    private static String others(List<String> sorted, String own) {
        List<String> shown = new ArrayList<>();
        boolean ownSkipped = false;
        for (String label : sorted) {
            if (!ownSkipped && label.equals(own)) {
                ownSkipped = true;
            } else if (shown.size() < OTHERS_SHOWN) {
                shown.add(label);
            } else {
                break;
            }
        }
        int more = sorted.size() - 1 - shown.size();
        return String.join(", ", shown) + (more > 0 ? String.format(Locale.ROOT, " and %,d more", more) : "");
    }

    /** A text form that is equal for equal JSON values: member order ignored, numbers compared by value. */
    static String canonical(LocatedNode node) {
        if (node instanceof LocatedObject object) {
            TreeSet<String> members = new TreeSet<>();
            for (Member m : object.members()) {
                members.add(quote(m.name()) + ":" + canonical(m.value()));
            }
            return "{" + String.join(",", members) + "}";
        }
        if (node instanceof LocatedArray array) {
            return "[" + array.items().stream().map(SharedSchemaRule::canonical).collect(Collectors.joining(",")) + "]";
        }
        if (node instanceof LocatedNumber number) {
            return number.value().signum() == 0
                    ? "0"
                    : number.value().stripTrailingZeros().toPlainString();
        }
        if (node instanceof LocatedString string) {
            return quote(string.value());
        }
        return node instanceof LocatedBoolean b ? Boolean.toString(b.value()) : "null";
    }

    private static String quote(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
