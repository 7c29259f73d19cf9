package dev.pictor.core.schema;

import java.util.List;

/**
 * The values of {@code format} that generated validators check where a model document asks for assertion ({@code
 * "formats": "assert"}): those the runtime's {@code dev.pictor.runtime.validation.Format} names, each checked by its
 * {@code Formats}. Any other format stays an annotation.
 */
public final class AssertedFormats {

    /** The formats the runtime checks, by their {@code format} keyword value. */
    public static final List<String> KEYWORDS = List.of(
            "date",
            "time",
            "date-time",
            "duration",
            "email",
            "hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uri-reference",
            "uuid",
            "json-pointer",
            "relative-json-pointer",
            "regex");

    private AssertedFormats() {}

    /** Whether the generated validators check {@code format}. */
    public static boolean checked(String format) {
        return KEYWORDS.contains(format);
    }

    /**
     * Whether {@code format} is one of the internationalized formats ({@code idn-email}, {@code idn-hostname},
     * {@code iri}, {@code iri-reference}) that need IDNA 2008, which the JDK does not implement: they stay annotations.
     */
    public static boolean needsIdna2008(String format) {
        return format.startsWith("idn-") || format.equals("iri") || format.equals("iri-reference");
    }
}
