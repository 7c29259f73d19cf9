package dev.pictor.cli;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import dev.pictor.core.model.RuleOverride;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --rule CODE=LEVEL} (LEVEL one of {@code error}, {@code warning}, {@code note}) and {@code --rule CODE=off}
 * into an override of that rule for every file. The code must be one the catalogue knows, so that a typo is reported
 * rather than silently ignored.
 */
final class RuleOption implements ITypeConverter<RuleOverride> {

    static final String WHY = "--rule on the command line";

    @Override
    public RuleOverride convert(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new TypeConversionException(
                    "expected CODE=LEVEL or CODE=off, e.g. range.min-above-max=warning, but was '" + value + "'");
        }
        String code = value.substring(0, eq).trim();
        String level = value.substring(eq + 1).trim();
        if (Rules.catalog().stream().map(RuleInfo::code).noneMatch(code::equals)) {
            throw new TypeConversionException("unknown rule code '" + code + "'");
        }
        if (level.toLowerCase(Locale.ROOT).equals("off")) {
            return new RuleOverride(code, Optional.empty(), Optional.empty(), WHY);
        }
        Severity severity = Severity.parse(level)
                .orElseThrow(() -> new TypeConversionException(
                        "unknown level '" + level + "' for rule " + code + "; expected error, warning, note or off"));
        return new RuleOverride(code, Optional.empty(), Optional.of(severity), WHY);
    }
}
