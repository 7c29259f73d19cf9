package dev.pictor.core.link;

import dev.pictor.core.model.JobFlow;
import dev.pictor.core.model.Placeholder;
import dev.pictor.core.model.ProviderDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a model's provider is reached, as its provider document says: what a generated adapter carries as the
 * runtime's {@code ProviderInfo}. Holds the names of environment variables, never a credential.
 *
 * @param id           the provider id ({@code cloudflare-workers-ai})
 * @param transport    the transport kind ({@code cloudflare-workers-ai}, or one the runtime does not know)
 * @param baseUrl      the base URL template, placeholders such as {@code {account_id}} left in
 * @param placeholders each placeholder of the template and the environment variable its value comes from, in the
 *                     document's order
 * @param authScheme   {@code bearer}, {@code token}, {@code api-key}, {@code basic} or {@code none}
 * @param authHeader   the header the credential goes in ({@value #DEFAULT_AUTH_HEADER} unless the document names
 *                     another)
 * @param tokenEnv     the environment variable the credential is read from
 * @param credentialHosts the hosts the credential is sent to ({@code *.bfl.ai}); empty: the base URL's origin
 * @param job          how the provider's operations run as asynchronous jobs, when they do
 */
public record LinkedProvider(
        String id,
        String transport,
        String baseUrl,
        Map<String, String> placeholders,
        String authScheme,
        String authHeader,
        String tokenEnv,
        List<String> credentialHosts,
        Optional<JobFlow> job) {

    /** The credential header when the provider document names none. */
    public static final String DEFAULT_AUTH_HEADER = "Authorization";

    public LinkedProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(baseUrl, "baseUrl");
        placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
        Objects.requireNonNull(authScheme, "authScheme");
        Objects.requireNonNull(authHeader, "authHeader");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        credentialHosts = List.copyOf(credentialHosts);
        Objects.requireNonNull(job, "job");
    }

    /** The provider of a loaded provider document. */
    public static LinkedProvider of(ProviderDocument document) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (Placeholder p : document.placeholders()) {
            placeholders.put(p.name(), p.env());
        }
        return new LinkedProvider(
                document.id(),
                document.transport(),
                document.baseUrl(),
                placeholders,
                document.authScheme(),
                document.authHeader().orElse(DEFAULT_AUTH_HEADER),
                document.tokenEnv(),
                document.credentialHosts(),
                document.job());
    }
}
