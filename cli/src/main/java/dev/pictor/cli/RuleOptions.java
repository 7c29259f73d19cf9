package dev.pictor.cli;

import dev.pictor.core.model.RuleOverride;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --rule} option of the commands that lint ({@code lint}, {@code generate}). */
final class RuleOptions {

    @Option(
            names = "--rule",
            paramLabel = "CODE=LEVEL|off",
            converter = RuleOption.class,
            description = "Change a rule's severity (error, warning, note) or turn it off, in every file; "
                    + "wins over the root's lint configuration. Repeatable.")
    List<RuleOverride> rules = new ArrayList<>();
}
