package dev.pictor.runtime.validation;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code format} values a generated validator can assert, each with its {@link Formats} check. The others
 * ({@code idn-email}, {@code idn-hostname}, {@code iri}, {@code iri-reference}, which need IDNA 2008 mappings the JDK
 * does not have; {@code uri-template}; a provider's own) stay annotations.
 */
public enum Format {
    /** RFC 3339 {@code full-date}. */
    DATE("date", Formats::date),
    /** RFC 3339 {@code full-time}. */
    TIME("time", Formats::time),
    /** RFC 3339 {@code date-time}. */
    DATE_TIME("date-time", Formats::dateTime),
    /** RFC 3339 Appendix A {@code duration}. */
    DURATION("duration", Formats::duration),
    /** RFC 5321 {@code Mailbox}. */
    EMAIL("email", Formats::email),
    /** RFC 1123 host name. */
    HOSTNAME("hostname", Formats::hostname),
    /** Dotted-quad IPv4 address. */
    IPV4("ipv4", Formats::ipv4),
    /** RFC 4291 IPv6 address. */
    IPV6("ipv6", Formats::ipv6),
    /** RFC 3986 {@code URI}. */
    URI("uri", Formats::uri),
    /** RFC 3986 {@code URI-reference}. */
    URI_REFERENCE("uri-reference", Formats::uriReference),
    /** RFC 4122 UUID. */
    UUID("uuid", Formats::uuid),
    /** RFC 6901 JSON Pointer. */
    JSON_POINTER("json-pointer", Formats::jsonPointer),
    /** Relative JSON Pointer. */
    RELATIVE_JSON_POINTER("relative-json-pointer", Formats::relativeJsonPointer),
    /** A regular expression. */
    REGEX("regex", Formats::regex);

    private final String keyword;
    private final Predicate<String> check;

    Format(String keyword, Predicate<String> check) {
        this.keyword = keyword;
        this.check = check;
    }

    /** The value of {@code format} that names this format, such as {@code date-time}. */
    public String keyword() {
        return keyword;
    }

    /** Whether {@code value} is of this format. */
    public boolean test(String value) {
        return check.test(value);
    }

    /** The format {@code keyword} names, or empty when it is not one Pictor asserts. */
    public static Optional<Format> named(String keyword) {
        for (Format f : values()) {
            if (f.keyword.equals(keyword)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
