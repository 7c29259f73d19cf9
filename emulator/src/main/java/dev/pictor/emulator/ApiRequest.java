package dev.pictor.emulator;

import java.util.Map;
import java.util.Optional;

/**
 * A request as a provider's API sees it: the path below the provider's mount, percent-decoded; the headers it may
 * read, lower-cased, never the credential (the router checks that and keeps it to itself); the body, already bounded.
 *
 * @param mountUrl the absolute URL of the provider's mount ({@code http://127.0.0.1:PORT/replicate}), for the URLs
 *                 an answer carries
 */
record ApiRequest(
        String method, String path, String rawQuery, Map<String, String> headers, byte[] body, String mountUrl) {

    ApiRequest {
        headers = Map.copyOf(headers);
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }
}
