package dev.pictor.core.generate;

import dev.pictor.core.link.JavaNames;
import dev.pictor.core.model.RuleOverride;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one generation run reads and where it writes.
 *
 * @param schemasRoot       the schemas root, as for lint
 * @param sourceDirectory   where the Java sources go ({@code target/generated-sources/pictor} in Maven)
 * @param resourceDirectory where the service registration goes; may be the same folder as {@code sourceDirectory}
 * @param basePackage       the package every generated package starts with ({@value #DEFAULT_BASE_PACKAGE} by default)
 * @param includes          globs that pick the models to generate (all models when empty); see {@link Selection}
 * @param excludes          globs that leave models out; an exclude wins over an include
 * @param ruleOverrides     lint severity overrides and suppressions, as for lint
 * @param failOnWarning     a lint WARNING fails the run (and so stops generation) too, not only an ERROR
 * @param templatesDirectory a folder of the user's adapter templates: a file named like a built-in template
 *                          ({@code cloudflare-workers-ai.java.mustache}, {@code unknown.java.mustache}, ...) is used
 *                          in its place; empty for the built-in templates alone
 * @param jsonValidation    each validator also checks a request's JSON form: {@code validateJson(JsonNode)}, beside
 *                          {@code validate(Request)} (off by default, which leaves it out)
 */
public record GenerateOptions(
        Path schemasRoot,
        Path sourceDirectory,
        Path resourceDirectory,
        String basePackage,
        List<String> includes,
        List<String> excludes,
        List<RuleOverride> ruleOverrides,
        boolean failOnWarning,
        Optional<Path> templatesDirectory,
        boolean jsonValidation) {

    /** The base package when none is given. */
    public static final String DEFAULT_BASE_PACKAGE = "dev.pictor.generated";

    /**
     * @throws IllegalArgumentException when {@code basePackage} is not a Java package name, or a glob is blank
     */
    public GenerateOptions {
        Objects.requireNonNull(schemasRoot, "schemasRoot");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(resourceDirectory, "resourceDirectory");
        basePackage = basePackage == null || basePackage.isBlank() ? DEFAULT_BASE_PACKAGE : basePackage.strip();
        checkPackage(basePackage);
        includes = globs(includes, "include");
        excludes = globs(excludes, "exclude");
        ruleOverrides = ruleOverrides == null ? List.of() : List.copyOf(ruleOverrides);
        templatesDirectory = templatesDirectory == null ? Optional.empty() : templatesDirectory;
    }

    /** Options with the built-in adapter templates, and validators without their JSON entry point. */
    public GenerateOptions(
            Path schemasRoot,
            Path sourceDirectory,
            Path resourceDirectory,
            String basePackage,
            List<String> includes,
            List<String> excludes,
            List<RuleOverride> ruleOverrides,
            boolean failOnWarning) {
        this(
                schemasRoot,
                sourceDirectory,
                resourceDirectory,
                basePackage,
                includes,
                excludes,
                ruleOverrides,
                failOnWarning,
                Optional.empty(),
                false);
    }

    /** These options with the user's adapter templates in {@code folder} ({@code null}: the built-in ones alone). */
    public GenerateOptions withTemplatesDirectory(Path folder) {
        return new GenerateOptions(
                schemasRoot,
                sourceDirectory,
                resourceDirectory,
                basePackage,
                includes,
                excludes,
                ruleOverrides,
                failOnWarning,
                Optional.ofNullable(folder),
                jsonValidation);
    }

    /** These options, with or without the validators' JSON entry point ({@code validateJson(JsonNode)}). */
    public GenerateOptions withJsonValidation(boolean on) {
        return new GenerateOptions(
                schemasRoot,
                sourceDirectory,
                resourceDirectory,
                basePackage,
                includes,
                excludes,
                ruleOverrides,
                failOnWarning,
                templatesDirectory,
                on);
    }

    /** Options with the default base package, every model, no overrides. */
    public static GenerateOptions of(Path schemasRoot, Path sourceDirectory, Path resourceDirectory) {
        return new GenerateOptions(
                schemasRoot, sourceDirectory, resourceDirectory, null, List.of(), List.of(), List.of(), false);
    }

    private static List<String> globs(List<String> globs, String what) {
        if (globs == null) {
            return List.of();
        }
        for (String g : globs) {
            if (g == null || g.isBlank()) {
                throw new IllegalArgumentException("an empty " + what + " pattern matches nothing; remove it");
            }
        }
        return globs.stream().map(String::strip).toList();
    }

    private static void checkPackage(String name) {
        for (String segment : name.split("\\.", -1)) {
            if (!JavaNames.isPackageSegment(segment)) {
                throw new IllegalArgumentException("base package \"" + name + "\" is not a Java package name"
                        + (segment.isEmpty() ? "" : " (\"" + segment + "\" cannot be a part of one)")
                        + "; give dot-separated Java identifiers, e.g. com.example.clients");
            }
        }
        if (name.equals("java") || name.startsWith("java.")) {
            // The JVM defines no class of a java.* package but its own (ClassLoader: "Prohibited package name").
            throw new IllegalArgumentException("base package \"" + name + "\" is refused: the JVM loads classes of"
                    + " java.* packages only from the JDK itself; give a package of your own, e.g."
                    + " com.example.clients");
        }
    }
}
