package dev.pictor.emulator;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the emulator answered, as tests may inspect it. It never holds a credential: only whether one was sent,
 * and each credential header's name with the value {@value #REDACTED}.
 *
 * @param provider        the provider id the path belongs to, or empty for a path no provider serves
 * @param path            the path, without the query
 * @param credentialSent  whether the provider's credential header was present
 * @param fault           the fault played on it, if any
 * @param host            the host the request was sent to, as its {@code Host} header names it, without the port
 *                        ({@code 127.0.0.1}, or {@code localhost} for a URL on the polling or file host)
 * @param query           the raw query, {@code ""} when none
 * @param headers         every header, by lower-case name (several values joined with {@code ", "}); the value of
 *                        {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and of each provider's
 *                        credential header is {@value #REDACTED}
 */
public record RecordedRequest(
        String method,
        String path,
        Optional<String> provider,
        int status,
        boolean credentialSent,
        Optional<Fault.Kind> fault,
        String host,
        String query,
        Map<String, String> headers) {

    /** What a credential header's value is recorded as. */
    public static final String REDACTED = "(redacted)";

    public RecordedRequest {
        headers = java.util.Collections.unmodifiableMap(new TreeMap<>(headers));
    }

    /** The value of a header (any case), {@value #REDACTED} for a credential. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether the request carried any credential header: one whose value is recorded as {@value #REDACTED}. */
    public boolean carriedCredential() {
        return headers.containsValue(REDACTED);
    }
}
