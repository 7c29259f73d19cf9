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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
            for (ModelDocument model : group) {
                List<String> others = group.stream()
                        .filter(m -> m != model)
                        .map(m -> label(m, group) + " (" + m.task() + ")")
                        .sorted(Comparator.naturalOrder())
                        .toList();
                findings.report(
                        model.input(),
                        "the same input schema is published for " + group.size() + " models with " + tasks.size()
                                + " tasks: " + String.join(", ", others),
                        SchemaEdit.hint(
                                model,
                                "state what task " + model.task()
                                        + " really needs in this model's input (required inputs, ranges)"));
            }
        }
    }

    /** The model id, with its version when the group holds more than one version of that model. */
    private static String label(ModelDocument model, List<ModelDocument> group) {
        long versions =
                group.stream().filter(m -> m.model().equals(model.model())).count();
        return versions > 1 ? model.displayName() : model.model();
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
