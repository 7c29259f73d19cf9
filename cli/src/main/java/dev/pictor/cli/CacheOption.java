package dev.pictor.cli;

import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintCache;
import dev.pictor.core.lint.Linter;
import picocli.CommandLine.Option;

/**
 * The {@code --no-cache} option of the commands that lint ({@code lint}, {@code generate}). By default the findings
 * of each unchanged model document are taken from the user's cache folder ({@code $XDG_CACHE_HOME/pictor}, else
 * {@code ~/.cache/pictor}; see {@link LintCache}), which gives the findings of a fresh lint, faster.
 */
final class CacheOption {

    @Option(
            names = "--no-cache",
            description = "Lint every document afresh, without reading or writing the lint cache "
                    + "($XDG_CACHE_HOME/pictor, else ~/.cache/pictor).")
    boolean noCache;

    /** {@code linter} with the user's lint cache, unless {@code --no-cache} is given. */
    Linter apply(Linter linter) {
        return noCache ? linter : linter.withCache(userCache());
    }

    /** {@code generator} with the user's lint cache, unless {@code --no-cache} is given. */
    Generator apply(Generator generator) {
        return noCache ? generator : generator.withLintCache(userCache());
    }

    private static LintCache userCache() {
        return LintCache.in(LintCache.userFolder());
    }
}
