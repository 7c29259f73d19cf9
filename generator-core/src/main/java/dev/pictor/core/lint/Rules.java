package dev.pictor.core.lint;

import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.rules.DefaultInvalidRule;
import dev.pictor.core.lint.rules.EnumNoValueRule;
import dev.pictor.core.lint.rules.ExampleUndeclaredPropertyRule;
import dev.pictor.core.lint.rules.ExampleVerdictRule;
import dev.pictor.core.lint.rules.IntegerExceedsIntRule;
import dev.pictor.core.lint.rules.KeywordInapplicableRule;
import dev.pictor.core.lint.rules.KeywordMisspelledRule;
import dev.pictor.core.lint.rules.KeywordUnknownRule;
import dev.pictor.core.lint.rules.RangeOrderRule;
import dev.pictor.core.lint.rules.RequiredNotAPropertyRule;
import dev.pictor.core.lint.rules.SchemaValidityRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The built-in rules, and the catalogue of every code a run can report (rules and loader alike). */
public final class Rules {

    private Rules() {}

    /** Every built-in lint rule, in a fixed order. */
    public static List<LintRule> all() {
        List<LintRule> rules = new ArrayList<>();
        // group A: schema, example, default, keyword and integer rules
        rules.add(new RangeOrderRule());
        rules.add(new EnumNoValueRule());
        rules.add(new SchemaValidityRule());
        rules.add(new ExampleVerdictRule());
        rules.add(new ExampleUndeclaredPropertyRule());
        rules.add(new DefaultInvalidRule());
        rules.add(new RequiredNotAPropertyRule());
        rules.add(new KeywordUnknownRule());
        rules.add(new KeywordMisspelledRule());
        rules.add(new KeywordInapplicableRule());
        rules.add(new IntegerExceedsIntRule());
        rules.add(new dev.pictor.core.lint.rules.PatternCostRule());
        rules.add(new dev.pictor.core.lint.rules.NestedQuantifierRule());
        // end of group A
        // group B: description, image, model-level and task rules
        rules.add(new dev.pictor.core.lint.rules.ProseRangeRule());
        rules.add(new dev.pictor.core.lint.rules.ProseDefaultRule());
        rules.add(new dev.pictor.core.lint.rules.Uint8UnboundedRule());
        rules.add(new dev.pictor.core.lint.rules.DuplicateParameterRule());
        rules.add(new dev.pictor.core.lint.rules.SharedSchemaRule());
        rules.add(new dev.pictor.core.lint.rules.RequiredDefaultRule());
        rules.add(new dev.pictor.core.lint.rules.DimensionAllowsZeroRule());
        rules.add(new dev.pictor.core.lint.rules.TaskInputRule());
        rules.add(new dev.pictor.core.lint.rules.TypeOpenRule());
        // end of group B
        // group C: what OpenAPI documents get wrong, in the model documents imported from them
        rules.add(new dev.pictor.core.lint.rules.OpenApiRefSiblingsRule());
        rules.add(new dev.pictor.core.lint.rules.OpenApiNullableRule());
        rules.add(new dev.pictor.core.lint.rules.OpenApiOperationIdRule());
        rules.add(new dev.pictor.core.lint.rules.OpenApiPlaceholderBoundRule());
        rules.add(new dev.pictor.core.lint.rules.OpenApiFractionalMultipleOfRule());
        rules.add(new dev.pictor.core.lint.rules.OpenApiProseEnumRule());
        // end of group C
        return List.copyOf(rules);
    }

    /** Codes reported by the loader rather than by a rule. */
    public static final List<RuleInfo> LOADER_CODES = List.of(
            new RuleInfo("json.malformed", Severity.ERROR, "The file is not well-formed JSON."),
            new RuleInfo("json.duplicate-key", Severity.ERROR, "An object has the same member name twice."),
            new RuleInfo("json.too-deep", Severity.ERROR, "The document nests deeper than any schema needs."),
            new RuleInfo(
                    "json.number-too-large",
                    Severity.ERROR,
                    "A number has more digits or a larger exponent than any schema needs; it is not expanded."),
            new RuleInfo("file.not-utf8", Severity.ERROR, "The file is not UTF-8 text."),
            new RuleInfo("file.too-large", Severity.ERROR, "The file is larger than a document may be."),
            new RuleInfo("file.unreadable", Severity.ERROR, "The file cannot be read."),
            new RuleInfo("file.outside-root", Severity.ERROR, "A symbolic link leads out of the schemas root."),
            new RuleInfo(
                    "file.backslash-name",
                    Severity.ERROR,
                    "A file or folder name holds a backslash, which separates folders on Windows; it is not read."),
            new RuleInfo(
                    InternalFailure.CODE,
                    Severity.ERROR,
                    "Pictor itself failed on the document (a bug to report); the other documents were processed."),
            new RuleInfo("root.empty", Severity.ERROR, "The schemas root holds no documents."),
            new RuleInfo(
                    "root.uri-mapping",
                    Severity.ERROR,
                    "A URI prefix of pictor-root.json is mapped to no folder inside the schemas root."),
            new RuleInfo("document.invalid", Severity.ERROR, "The document does not match its meta-schema."),
            new RuleInfo(
                    "document.unknown-member",
                    Severity.ERROR,
                    "The document has a member its format does not have (a misspelt name); it is ignored."),
            new RuleInfo(
                    "document.misplaced",
                    Severity.ERROR,
                    "The document's path does not match its provider, model or version."),
            new RuleInfo(
                    "document.unknown-provider",
                    Severity.ERROR,
                    "The document names a provider with no provider document."),
            new RuleInfo(
                    "provider.placeholder-undeclared",
                    Severity.ERROR,
                    "The base URL uses a placeholder whose source is not declared."),
            new RuleInfo(
                    "provider.placeholder-unused",
                    Severity.WARNING,
                    "A declared placeholder is not used by the base URL."),
            new RuleInfo(
                    "ref.remote",
                    Severity.ERROR,
                    "A $ref names a URL that no schema of the root declares and no mapping maps; it is never fetched."),
            new RuleInfo(
                    "ref.outside-root", Severity.ERROR, "A $ref leads outside the schemas root; it is never read."),
            new RuleInfo("ref.unresolved", Severity.ERROR, "A $ref points to nothing."),
            new RuleInfo(
                    "ref.broken-shared",
                    Severity.ERROR,
                    "A $ref leads into a shared schema that has errors of its own; a validator would stop there."),
            new RuleInfo("ref.invalid", Severity.ERROR, "A $ref holds a character no URI and no file name may hold."),
            new RuleInfo(
                    "ref.not-a-schema",
                    Severity.ERROR,
                    "A $ref or $dynamicRef points to a value that is not a schema (an object or a boolean)."),
            new RuleInfo(
                    "ref.loop",
                    Severity.ERROR,
                    "A schema comes back to itself through $ref, allOf, anyOf, oneOf, not or if/then/else without"
                            + " moving into a property or an item; no validator could finish."),
            new RuleInfo(
                    "schema.unknown-dialect",
                    Severity.ERROR,
                    "A $schema names no JSON Schema dialect and no meta-schema of the root."),
            new RuleInfo("schema.invalid-id", Severity.ERROR, "An $id is not a URI reference."),
            new RuleInfo(
                    "pattern.invalid",
                    Severity.ERROR,
                    "A pattern (or a patternProperties name) is not a regular expression a validator can compile."),
            new RuleInfo(
                    "refinement.path-missing", Severity.ERROR, "A refinement's path does not exist in the document."),
            new RuleInfo(
                    "refinement.no-effect", Severity.WARNING, "A refinement sets a value the document already has."));

    /**
     * Codes reported only when {@code pictor import openapi} lints the OpenAPI file ({@code
     * dev.pictor.core.lint.openapi.OpenApiLint}), about what a model document does not keep; the import reports the
     * other {@code openapi.*} codes there too.
     */
    public static final List<RuleInfo> OPENAPI_IMPORT_CODES =
            List.of(dev.pictor.core.lint.rules.OpenApiResponseDescriptionRule.INFO);

    /** Codes of what generate refuses when it links a model, which lint reports too (so a lint-clean model generates). */
    public static final List<RuleInfo> LINK_CODES = List.of(
            new RuleInfo(
                    "generate.unsupported-keyword",
                    Severity.ERROR,
                    "A keyword the generated validators cannot enforce; nothing is generated that would ignore it."),
            new RuleInfo(
                    "generate.ref-loop",
                    Severity.ERROR,
                    "A schema refers to itself through $ref/allOf/anyOf/oneOf without moving into a property or an"
                            + " item."),
            new RuleInfo("generate.ref-unresolved", Severity.ERROR, "A $ref points to nothing generation can resolve."),
            new RuleInfo(
                    "generate.bad-pattern",
                    Severity.ERROR,
                    "A pattern is not a regular expression the generated Java can run."),
            new RuleInfo(
                    "generate.bad-keyword",
                    Severity.ERROR,
                    "A keyword's value cannot be read (a type that is no" + " JSON type)."),
            new RuleInfo("generate.not-a-schema", Severity.ERROR, "A schema is neither an object nor a boolean."),
            new RuleInfo(
                    "generate.name-empty", Severity.ERROR, "A name has no letters or digits to make a Java name of."),
            new RuleInfo(
                    "generate.name-collision",
                    Severity.ERROR,
                    "Two schemas, properties or models become the same Java name."),
            new RuleInfo(
                    dev.pictor.core.link.SourceFiles.COLLISION,
                    Severity.ERROR,
                    "Two generated types would be written to the same source file."));

    /** Every code, sorted: what SARIF lists as the tool's rules. */
    public static List<RuleInfo> catalog() {
        List<RuleInfo> all = new ArrayList<>(LOADER_CODES);
        all.addAll(OPENAPI_IMPORT_CODES);
        all.addAll(LINK_CODES);
        all().forEach(r -> all.add(r.info()));
        all.sort(Comparator.comparing(RuleInfo::code));
        return List.copyOf(all);
    }
}
