package dev.pictor.core.compat;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of change {@code check-compat} tells apart, with its stable code and its severity for each side: ERROR
 * for a change that breaks a caller of the input or a reader of the output, WARNING for a risky one, NOTE for a
 * compatible one. Most kinds mirror each other: what narrows the input (fewer requests valid) breaks callers, what
 * widens the output (more responses possible) breaks readers.
 */
public enum CompatRule {
    PROPERTY_REMOVED(
            "compat.property-removed",
            Severity.ERROR,
            Severity.ERROR,
            "A declared property is gone: callers that set it, and readers that read it, break."),
    PROPERTY_RENAMED(
            "compat.property-renamed",
            Severity.ERROR,
            Severity.ERROR,
            "A property was removed and one with the same type and description added: a rename."),
    PROPERTY_ADDED("compat.property-added", Severity.NOTE, Severity.NOTE, "A new property is declared."),
    PROPERTY_DEPRECATED(
            "compat.property-deprecated", Severity.WARNING, Severity.WARNING, "A property is newly marked deprecated."),
    REQUIRED_ADDED(
            "compat.required-added",
            Severity.ERROR,
            Severity.NOTE,
            "A property became required: requests without it are rejected."),
    REQUIRED_REMOVED(
            "compat.required-removed",
            Severity.NOTE,
            Severity.ERROR,
            "A property is no longer required: responses may leave it out."),
    ADDITIONAL_PROPERTIES_CLOSED(
            "compat.additional-properties-closed",
            Severity.ERROR,
            Severity.NOTE,
            "additionalProperties became false: a member the schema does not declare is rejected."),
    ADDITIONAL_PROPERTIES_OPENED(
            "compat.additional-properties-opened",
            Severity.NOTE,
            Severity.WARNING,
            "additionalProperties is no longer false: undeclared members are allowed."),
    TYPE_CHANGED(
            "compat.type-changed",
            Severity.ERROR,
            Severity.ERROR,
            "The type changed: values of the old type are no longer valid, and the other way round."),
    TYPE_NARROWED(
            "compat.type-narrowed", Severity.ERROR, Severity.NOTE, "The type allows fewer kinds of value than before."),
    TYPE_WIDENED(
            "compat.type-widened", Severity.NOTE, Severity.ERROR, "The type allows more kinds of value than before."),
    RANGE_NARROWED(
            "compat.range-narrowed",
            Severity.ERROR,
            Severity.NOTE,
            "A numeric bound or multipleOf allows fewer values than before."),
    RANGE_WIDENED(
            "compat.range-widened",
            Severity.NOTE,
            Severity.ERROR,
            "A numeric bound or multipleOf allows more values than before."),
    LENGTH_NARROWED(
            "compat.length-narrowed",
            Severity.ERROR,
            Severity.NOTE,
            "A length or item-count bound allows fewer values than before."),
    LENGTH_WIDENED(
            "compat.length-widened",
            Severity.NOTE,
            Severity.ERROR,
            "A length or item-count bound allows more values than before."),
    PATTERN_ADDED("compat.pattern-added", Severity.ERROR, Severity.NOTE, "A string now has a pattern."),
    PATTERN_REMOVED("compat.pattern-removed", Severity.NOTE, Severity.ERROR, "A string's pattern is gone."),
    PATTERN_CHANGED(
            "compat.pattern-changed",
            Severity.ERROR,
            Severity.ERROR,
            "A string's pattern changed; two regular expressions cannot be compared."),
    ENUM_INTRODUCED(
            "compat.enum-introduced",
            Severity.ERROR,
            Severity.NOTE,
            "Values are now restricted to a list (enum or const)."),
    ENUM_DROPPED(
            "compat.enum-dropped",
            Severity.NOTE,
            Severity.ERROR,
            "Values are no longer restricted to a list (enum or const)."),
    ENUM_VALUE_REMOVED(
            "compat.enum-value-removed", Severity.ERROR, Severity.NOTE, "An allowed value (enum or const) is gone."),
    ENUM_VALUE_ADDED(
            "compat.enum-value-added", Severity.NOTE, Severity.ERROR, "A value (enum or const) is newly allowed."),
    DEFAULT_CHANGED(
            "compat.default-changed",
            Severity.WARNING,
            Severity.NOTE,
            "The default changed: a request that leaves the value unset gets another one."),
    DEFAULT_MOVED_TO_DESCRIPTION(
            "compat.default-moved-to-description",
            Severity.WARNING,
            Severity.NOTE,
            "The default keyword is gone; only the description still states the default."),
    DEFAULT_REMOVED(
            "compat.default-removed",
            Severity.WARNING,
            Severity.NOTE,
            "The default is gone: the schema no longer says what an unset value becomes."),
    DEFAULT_ADDED("compat.default-added", Severity.NOTE, Severity.NOTE, "A default is newly stated."),
    FORMAT_CHANGED(
            "compat.format-changed",
            Severity.WARNING,
            Severity.WARNING,
            "format, contentEncoding or the media type of a value changed."),
    KEYWORD_CHANGED(
            "compat.keyword-changed",
            Severity.ERROR,
            Severity.ERROR,
            "A keyword the check does not classify changed (allOf, anyOf or oneOf with another number of branches, "
                    + "not, if/then/else, uniqueItems...): it cannot be proven compatible."),
    OUTPUT_CONTENT_TYPE_CHANGED(
            "compat.output-content-type-changed",
            Severity.ERROR,
            Severity.ERROR,
            "The media type or encoding of the output changed: readers decode it differently."),
    OUTPUT_ENVELOPE_CHANGED(
            "compat.output-envelope-changed",
            Severity.ERROR,
            Severity.ERROR,
            "The output is another kind of body (binary image, JSON object, JSON array...)."),
    MODEL_DEPRECATED(
            "compat.model-deprecated", Severity.WARNING, Severity.WARNING, "The model is newly marked deprecated."),
    DIALECT_CHANGED(
            "compat.dialect-changed",
            Severity.NOTE,
            Severity.NOTE,
            "The schemas are written in another dialect (draft-07, draft 2020-12, OpenAPI 3.0 or 3.1): each schema"
                    + " is compared as its own dialect reads it, so only what the change means is reported."),
    MODEL_CHANGED(
            "compat.model-changed",
            Severity.WARNING,
            Severity.WARNING,
            "The two documents compared are of different models or providers."),
    VERSION_ORDER(
            "compat.version-order",
            Severity.WARNING,
            Severity.WARNING,
            "The newer document's snapshot is not after the older one's."),
    ACKNOWLEDGEMENT_UNUSED(
            "compat.acknowledgement-unused",
            Severity.WARNING,
            Severity.WARNING,
            "An acknowledged entry matches no change of the comparison.");

    private final String code;
    private final Severity input;
    private final Severity output;
    private final String summary;

    CompatRule(String code, Severity input, Severity output, String summary) {
        this.code = code;
        this.input = input;
        this.output = output;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    /** The severity of this change on a side: the input's for {@link Side#MODEL} too (the two are equal there). */
    public Severity severity(Side side) {
        return side == Side.OUTPUT ? output : input;
    }

    /** The stricter of the two sides' severities: the rule's default level in SARIF. */
    public Severity strictest() {
        return input.compareTo(output) <= 0 ? input : output;
    }

    /** The rule as the reports' catalogue lists it; the summary says how the two sides differ, when they do. */
    public RuleInfo info() {
        String text = summary;
        if (input != output) {
            text += " " + input + " for the input, " + output + " for the output.";
        }
        return new RuleInfo(code, strictest(), text);
    }

    public static Optional<CompatRule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Every code a compatibility check can report: its own, and the loader's (a document that does not load). */
    public static List<RuleInfo> catalog() {
        List<RuleInfo> all = new ArrayList<>(Rules.LOADER_CODES);
        for (CompatRule r : values()) {
            all.add(r.info());
        }
        all.sort(Comparator.comparing(RuleInfo::code));
        return List.copyOf(all);
    }
}
