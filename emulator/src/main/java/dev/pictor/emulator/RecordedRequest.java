package dev.pictor.emulator;

import java.util.Optional;

/**
 * One request the emulator answered, as tests may inspect it. It never holds a credential: only whether one was sent.
 *
 * @param provider        the provider id the path belongs to, or empty for a path no provider serves
 * @param path            the path, without the query
 * @param credentialSent  whether the provider's credential header was present
 * @param fault           the fault played on it, if any
 */
public record RecordedRequest(
        String method,
        String path,
        Optional<String> provider,
        int status,
        boolean credentialSent,
        Optional<Fault.Kind> fault) {}
