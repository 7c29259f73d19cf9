package dev.pictor.runtime.client;

import dev.pictor.runtime.transport.ProviderInfo;
import dev.pictor.runtime.transport.Urls;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * How one provider is reached, resolved from its {@link ProviderInfo} and the client's settings: the base URL with its
 * placeholders filled, the credential and the header it goes in. {@code toString} never shows the credential.
 */
final class ProviderAccess {

    private final String providerId;
    private final URI baseUrl;
    private final Secret secret;
    private final String header;
    private final String scheme;
    private final ProviderInfo info;

    ProviderAccess(ProviderInfo info, URI baseUrl, Secret secret) {
        this.info = info;
        this.providerId = info.id();
        this.baseUrl = baseUrl;
        this.secret = secret;
        this.header = info.authHeader();
        this.scheme = info.authScheme().toLowerCase(Locale.ROOT);
    }

    String providerId() {
        return providerId;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** Whether a credential header is sent. */
    boolean authenticates() {
        return secret != null;
    }

    /**
     * Whether a request to {@code uri} carries the credential: when there is one, to the base URL's origin (the one
     * the client was given, an emulator's included) and to the hosts the provider names
     * ({@link ProviderInfo#credentialHosts()}).
     */
    boolean credentialFor(URI uri) {
        if (!authenticates()) {
            return false;
        }
        return Urls.sameOrigin(uri, baseUrl)
                || (!info.credentialHosts().isEmpty() && info.credentialHost(uri.getHost()));
    }

    String header() {
        return header;
    }

    /**
     * {@code Bearer <token>}, {@code Token <token>}, {@code Basic <base64 of user:password>} (the credential is
     * {@code user:password}), or the token alone for another scheme ({@code api-key}).
     */
    String headerValue() {
        return switch (scheme) {
            case "bearer" -> "Bearer " + secret.reveal();
            case "token" -> "Token " + secret.reveal();
            case "basic" ->
                "Basic " + Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8));
            default -> secret.reveal();
        };
    }

    @Override
    public String toString() {
        return "ProviderAccess[" + providerId + " at " + baseUrl
                + (secret == null ? ", no credential" : ", credential in " + header) + "]";
    }
}
