package dev.pictor.runtime.transport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a provider is reached, as its provider document says; generated into every adapter. Holds the names of the
 * environment variables credentials come from, never a credential.
 *
 * <p>Generated code names each component as it builds one:
 * {@code ProviderInfo.named("replicate").withTransport("replicate-predictions").withBaseUrl(...)...}.
 *
 * @param id           the provider id ({@code cloudflare-workers-ai})
 * @param transport    the transport kind that speaks its API ({@code cloudflare-workers-ai}, {@code
 *                     replicate-predictions}, {@code runpod-serverless}, {@code json-gateway}, or one the runtime does
 *                     not know)
 * @param baseUrl      the base URL template ({@code https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run})
 * @param placeholders each placeholder of the template and the environment variable its value is read from
 * @param authScheme   {@code bearer}, {@code token}, {@code api-key}, {@code basic} or {@code none}
 * @param authHeader   the header the credential goes in ({@code Authorization})
 * @param tokenEnv     the environment variable the credential is read from
 * @param credentialHosts the hosts the credential is sent to, lower case ({@code *.bfl.ai} for every host under
 *                     {@code bfl.ai}), besides the base URL's origin, which always gets it; empty: that origin only
 * @param job          how the provider's operations run as asynchronous jobs, when they do (transport {@code openapi})
 */
public record ProviderInfo(
        String id,
        String transport,
        String baseUrl,
        Map<String, String> placeholders,
        String authScheme,
        String authHeader,
        String tokenEnv,
        List<String> credentialHosts,
        Optional<JobFlow> job) {

    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(baseUrl, "baseUrl");
        placeholders = Map.copyOf(placeholders);
        Objects.requireNonNull(authScheme, "authScheme");
        Objects.requireNonNull(authHeader, "authHeader");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        credentialHosts = List.copyOf(
                credentialHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        Objects.requireNonNull(job, "job");
    }

    /**
     * A provider whose credential goes to its base URL's origin only, and whose operations are no asynchronous jobs.
     */
    public ProviderInfo(
            String id,
            String transport,
            String baseUrl,
            Map<String, String> placeholders,
            String authScheme,
            String authHeader,
            String tokenEnv) {
        this(id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, List.of(), Optional.empty());
    }

    /**
     * Provider {@code id}, to be completed with the {@code with...} methods: no transport and no base URL yet, no
     * placeholders, no credential (scheme {@code none}, header {@code Authorization}, no environment variable).
     */
    public static ProviderInfo named(String id) {
        return new ProviderInfo(id, "", "", Map.of(), "none", "Authorization", "");
    }

    /** This provider, spoken to by the transport of kind {@code transport}. */
    public ProviderInfo withTransport(String transport) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /** This provider, at the base URL template {@code baseUrl}. */
    public ProviderInfo withBaseUrl(String baseUrl) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /** This provider, with the placeholders of its base URL and the environment variables their values come from. */
    public ProviderInfo withPlaceholders(Map<String, String> placeholders) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /** This provider, authenticated with scheme {@code authScheme} ({@code bearer}, {@code token} or {@code none}). */
    public ProviderInfo withAuthScheme(String authScheme) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /** This provider, with its credential in header {@code authHeader}. */
    public ProviderInfo withAuthHeader(String authHeader) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /** This provider, with its credential read from environment variable {@code tokenEnv}. */
    public ProviderInfo withTokenEnv(String tokenEnv) {
        return new ProviderInfo(
                id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, credentialHosts, job);
    }

    /**
     * This provider, whose credential is sent only to {@code hosts} ({@code api.bfl.ai}, or {@code *.bfl.ai} for every
     * host under {@code bfl.ai}); none given: the base URL's origin only.
     */
    public ProviderInfo withCredentialHosts(List<String> hosts) {
        return new ProviderInfo(id, transport, baseUrl, placeholders, authScheme, authHeader, tokenEnv, hosts, job);
    }

    /** This provider, whose operations run as asynchronous jobs as {@code job} describes. */
    public ProviderInfo withJob(JobFlow job) {
        return new ProviderInfo(
                id,
                transport,
                baseUrl,
                placeholders,
                authScheme,
                authHeader,
                tokenEnv,
                credentialHosts,
                Optional.of(job));
    }

    /**
     * Whether a request to {@code host} gets the credential by the hosts this provider names: one of them, or one
     * under a {@code *.} wildcard of them (not the wildcard's own domain). Only asked when {@link #credentialHosts()}
     * is not empty.
     */
    public boolean credentialHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String listed : credentialHosts) {
            if (listed.startsWith("*.") ? h.endsWith(listed.substring(1)) : h.equals(listed)) {
                return true;
            }
        }
        return false;
    }
}
