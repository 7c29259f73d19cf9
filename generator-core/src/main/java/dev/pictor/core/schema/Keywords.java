package dev.pictor.core.schema;

import dev.pictor.core.model.Dialect;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The keywords each JSON Schema dialect defines, annotations included. */
public final class Keywords {

    /** Draft-07: validation, applicators, core and annotations. */
    public static final Set<String> DRAFT_7 = Set.of(
            "$schema",
            "$id",
            "$ref",
            "$comment",
            "title",
            "description",
            "default",
            "examples",
            "readOnly",
            "writeOnly",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "items",
            "additionalItems",
            "maxItems",
            "minItems",
            "uniqueItems",
            "contains",
            "maxProperties",
            "minProperties",
            "required",
            "properties",
            "patternProperties",
            "additionalProperties",
            "dependencies",
            "propertyNames",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "format",
            "contentMediaType",
            "contentEncoding",
            "definitions");

    /** Later annotations that draft-07 documents use in practice and that change no validation: accepted there too. */
    public static final Set<String> ANNOTATIONS_ACCEPTED_IN_DRAFT_7 =
            Set.of("deprecated", "$defs", "$anchor", "contentSchema");

    /**
     * Draft 2020-12: every vocabulary of the standard meta-schema, plus what that meta-schema keeps for compatibility
     * ({@code definitions}, {@code dependencies}, {@code $recursiveRef}, {@code $recursiveAnchor}) and
     * {@code additionalItems}, which {@code keyword.inapplicable} reports with its 2020-12 spelling.
     */
    public static final Set<String> DRAFT_2020_12 = Set.of(
            "$schema",
            "$id",
            "$ref",
            "$anchor",
            "$dynamicRef",
            "$dynamicAnchor",
            "$vocabulary",
            "$comment",
            "$defs",
            "title",
            "description",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "examples",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "prefixItems",
            "items",
            "contains",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxContains",
            "minContains",
            "unevaluatedItems",
            "properties",
            "patternProperties",
            "additionalProperties",
            "propertyNames",
            "unevaluatedProperties",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired",
            "dependentSchemas",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "format",
            "contentEncoding",
            "contentMediaType",
            "contentSchema",
            "definitions",
            "dependencies",
            "$recursiveRef",
            "$recursiveAnchor",
            "additionalItems");

    /**
     * OpenAPI 3.0's Schema Object: the members of the {@code Schema} definition of the OpenAPI 3.0 JSON Schema, and
     * {@code $ref} (a Reference Object, whose siblings OpenAPI 3.0 ignores). {@code x-} extensions are allowed
     * anywhere and are never listed. {@code $defs} is Pictor's: a model document's schema stands alone, so the
     * components it references (which an OpenAPI document keeps in {@code components.schemas}) are kept there.
     */
    public static final Set<String> OPENAPI_3_0 = Set.of(
            "$ref",
            "$defs",
            "title",
            "description",
            "default",
            "example",
            "deprecated",
            "readOnly",
            "writeOnly",
            "nullable",
            "discriminator",
            "externalDocs",
            "xml",
            "type",
            "enum",
            "format",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "items",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxProperties",
            "minProperties",
            "required",
            "properties",
            "additionalProperties",
            "allOf",
            "anyOf",
            "oneOf",
            "not");

    /** The URI of draft 2020-12's validation vocabulary, as a meta-schema's {@code $vocabulary} names it. */
    public static final String VALIDATION_VOCABULARY = "https://json-schema.org/draft/2020-12/vocab/validation";

    /** The keywords of draft 2020-12's validation vocabulary. */
    public static final Set<String> VALIDATION_2020_12 = Set.of(
            "type",
            "const",
            "enum",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxContains",
            "minContains",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired");

    /** The OpenAPI 3.1 base vocabulary, which the OpenAPI 3.1 base dialect adds to draft 2020-12. */
    public static final Set<String> OPENAPI_3_1_BASE = Set.of("discriminator", "xml", "externalDocs", "example");

    /**
     * The keywords that constrain a value (validation keywords and applicators, in either dialect): a misspelling of
     * one silently drops a constraint, where a misspelt annotation only loses a note.
     */
    public static final Set<String> ASSERTIONS = Set.of(
            "$ref",
            "$dynamicRef",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "items",
            "additionalItems",
            "prefixItems",
            "maxItems",
            "minItems",
            "uniqueItems",
            "contains",
            "minContains",
            "maxContains",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired",
            "properties",
            "patternProperties",
            "additionalProperties",
            "dependencies",
            "dependentSchemas",
            "propertyNames",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "unevaluatedItems",
            "unevaluatedProperties");

    /**
     * Assertion keywords the generated validators do not enforce yet, in a fixed order: linking refuses a schema that
     * uses one.
     */
    public static final List<String> UNENFORCED_ASSERTIONS = List.of();

    /**
     * Assertion keywords a change to which the compatibility check reports without classifying it: no comparator
     * classifies a change to them yet (whether generation enforces them is another matter).
     */
    public static final List<String> UNCLASSIFIED_CHANGES = List.of(
            "not",
            "if",
            "then",
            "else",
            "propertyNames",
            "dependentRequired",
            "dependentSchemas",
            "dependencies",
            "contains",
            "minContains",
            "maxContains",
            "uniqueItems",
            "unevaluatedItems",
            "unevaluatedProperties",
            "additionalItems",
            "minProperties",
            "maxProperties",
            "patternProperties",
            "prefixItems");

    /**
     * Identifier and dynamic-reference keywords the generated validators cannot follow yet; linking refuses them.
     * ({@code id} is draft-04's spelling of {@code $id}, which no dialect Pictor reads defines; draft 2019-09's
     * {@code $recursiveRef} and {@code $recursiveAnchor} are unknown keywords in draft 2020-12, which say nothing of
     * a value; {@code $vocabulary} speaks of the schemas a meta-schema checks, never of an instance.)
     */
    public static final List<String> UNENFORCED_IDENTIFIERS = List.of("id");

    private static final Set<String> UNENFORCED = Stream.concat(
                    UNENFORCED_ASSERTIONS.stream(), UNENFORCED_IDENTIFIERS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private Keywords() {}

    /** True when generated validators cannot enforce this keyword, so a schema using it cannot be generated. */
    public static boolean isUnenforced(String keyword) {
        return UNENFORCED.contains(keyword);
    }

    /** Every keyword a schema of this dialect may use. */
    public static Set<String> of(Dialect dialect) {
        Set<String> all = new TreeSet<>();
        switch (dialect) {
            case DRAFT_7 -> {
                all.addAll(DRAFT_7);
                all.addAll(ANNOTATIONS_ACCEPTED_IN_DRAFT_7);
            }
            case OPENAPI_3_0 -> all.addAll(OPENAPI_3_0);
            case OPENAPI_3_1 -> {
                all.addAll(DRAFT_2020_12);
                all.addAll(OPENAPI_3_1_BASE);
            }
            case DRAFT_2020_12 -> all.addAll(DRAFT_2020_12);
        }
        return all;
    }

    /**
     * True when a key the dialect lacks is a draft 2020-12 keyword ({@code const} in OpenAPI 3.0, {@code $defs}'s
     * later siblings in draft-07): the author wrote a newer dialect than the document declares.
     */
    public static boolean isNewerKeyword(Dialect dialect, String key) {
        return !of(dialect).contains(key) && DRAFT_2020_12.contains(key);
    }

    /** How messages name a dialect: {@code draft 2020-12}, {@code draft-07}, {@code OpenAPI 3.0}. */
    public static String dialectName(Dialect dialect) {
        return switch (dialect) {
            case DRAFT_2020_12 -> "draft 2020-12";
            case DRAFT_7 -> "draft-07";
            case OPENAPI_3_0 -> "OpenAPI 3.0";
            case OPENAPI_3_1 -> "OpenAPI 3.1";
        };
    }
}
