package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a provider is reached: {@code schemas/<provider>/provider.json}.
 *
 * @param authScheme      bearer, token, api-key, basic or none
 * @param tokenEnv        the environment variable the credential is read from (never the credential itself)
 * @param credentialHosts the hosts the credential is sent to ({@code *.example.com} for every host under it); empty
 *                        for the base URL's host only
 * @param job             how the provider's operations run as asynchronous jobs, when they do
 * @param assumptions what was assumed where the provider documents no contract
 */
public record ProviderDocument(
        String file,
        LocatedObject node,
        String id,
        String name,
        String transport,
        String baseUrl,
        List<Placeholder> placeholders,
        String authScheme,
        Optional<String> authHeader,
        String tokenEnv,
        List<String> credentialHosts,
        Optional<JobFlow> job,
        Set<String> vendorKeywords,
        String source,
        Optional<String> assumptions) {

    public ProviderDocument {
        placeholders = List.copyOf(placeholders);
        credentialHosts = List.copyOf(credentialHosts);
        vendorKeywords = Set.copyOf(vendorKeywords);
    }
}
