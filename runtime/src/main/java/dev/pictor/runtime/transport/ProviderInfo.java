package dev.pictor.runtime.transport;

import java.util.Map;
import java.util.Objects;

/**
 * How a provider is reached, as its provider document says; generated into every adapter. Holds the names of the
 * environment variables credentials come from, never a credential.
 *
 * @param id           the provider id ({@code cloudflare-workers-ai})
 * @param transport    the transport kind that speaks its API ({@code cloudflare-workers-ai}, {@code
 *                     replicate-predictions}, {@code runpod-serverless}, {@code json-gateway}, or one the runtime does
 *                     not know)
 * @param baseUrl      the base URL template ({@code https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run})
 * @param placeholders each placeholder of the template and the environment variable its value is read from
 * @param authScheme   {@code bearer}, {@code token} or {@code none}
 * @param authHeader   the header the credential goes in ({@code Authorization})
 * @param tokenEnv     the environment variable the credential is read from
 */
public record ProviderInfo(
        String id,
        String transport,
        String baseUrl,
        Map<String, String> placeholders,
        String authScheme,
        String authHeader,
        String tokenEnv) {

    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(baseUrl, "baseUrl");
        placeholders = Map.copyOf(placeholders);
        Objects.requireNonNull(authScheme, "authScheme");
        Objects.requireNonNull(authHeader, "authHeader");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
    }
}
