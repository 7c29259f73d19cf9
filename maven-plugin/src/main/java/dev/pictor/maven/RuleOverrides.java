package dev.pictor.maven;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import dev.pictor.core.model.RuleOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps the {@code <rules>} parameter to the core's {@link RuleOverride}s, and refuses a configuration that would not do
 * what its author meant: a rule without a reason, an unknown rule code (a typo would silently change nothing) or an
 * unknown severity. Every problem is reported at once.
 */
final class RuleOverrides {

    /** The severity word that suppresses a rule's findings. */
    static final String OFF = "off";

    private RuleOverrides() {}

    static List<RuleOverride> map(List<Rule> rules) throws MojoFailureException {
        return map(rules, "lint");
    }

    /** @param goal the goal whose configuration holds the rules, for messages ({@code lint}, {@code generate}) */
    static List<RuleOverride> map(List<Rule> rules, String goal) throws MojoFailureException {
        if (rules == null || rules.isEmpty()) {
            return List.of();
        }
        Set<String> known = Rules.catalog().stream().map(RuleInfo::code).collect(Collectors.toSet());
        List<RuleOverride> overrides = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String code = trimmed(rule == null ? null : rule.getCode());
            String where = "<rule> " + (i + 1) + (code.isEmpty() ? "" : " (" + code + ")");
            if (rule == null) {
                problems.add(where + " is empty");
                continue;
            }
            int before = problems.size();
            if (code.isEmpty()) {
                problems.add(where + " has no <code>: name the rule, e.g. range.min-above-max");
            } else if (!known.contains(code)) {
                problems.add(where + ": unknown rule code \"" + code + "\"; " + suggest(code, known));
            }
            String level = trimmed(rule.getSeverity());
            Optional<Severity> severity = Optional.empty();
            if (level.isEmpty()) {
                problems.add(where + " has no <severity>: give ERROR, WARNING, NOTE, or off to suppress");
            } else if (!level.toLowerCase(Locale.ROOT).equals(OFF)) {
                severity = Severity.parse(level);
                if (severity.isEmpty()) {
                    problems.add(where + ": unknown severity \"" + level + "\"; give ERROR, WARNING, NOTE, or off");
                }
            }
            String why = trimmed(rule.getWhy());
            if (why.isEmpty()) {
                problems.add(where + " has no <why>: say why its findings do not matter here,"
                        + " so that the next reader can tell when that stops being true");
            }
            if (problems.size() == before) {
                String files = trimmed(rule.getFiles());
                overrides.add(
                        new RuleOverride(code, files.isEmpty() ? Optional.empty() : Optional.of(files), severity, why));
            }
        }
        if (problems.isEmpty()) {
            return List.copyOf(overrides);
        }
        String heading = "Invalid <rules> in the configuration of pictor:" + goal;
        throw new MojoFailureException(
                problems.size() == 1
                        ? heading + ": " + problems.get(0)
                        : heading + ":"
                                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    }

    /** The known codes of the same group ({@code range.*} for {@code range.min-above-maxx}), or all of them. */
    private static String suggest(String code, Set<String> known) {
        String group = code.contains(".") ? code.substring(0, code.indexOf('.') + 1) : code;
        List<String> near =
                known.stream().filter(k -> k.startsWith(group)).sorted().toList();
        return (near.isEmpty() ? "known codes: " : "did you mean one of: ")
                + String.join(", ", near.isEmpty() ? known.stream().sorted().toList() : near);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
