package dev.pictor.runtime.client;

import dev.pictor.runtime.transport.ProviderInfo;
import dev.pictor.runtime.transport.Urls;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a provider's {@link ProviderInfo} into the {@link ProviderAccess} a call uses, once per provider: the base URL
 * (the client's override or the provider document's template) with its placeholders filled from the client's values
 * or their environment variables, checked against the URL policy of {@link Urls#refusal}; and the credential, given
 * to the client or read from the provider's {@code tokenEnv}. A missing or unusable value is a
 * {@link ConfigurationException} that names what to set, raised at the provider's first call, before anything is sent.
 *
 * <p>Every credential it holds or reads goes to the client's {@link Redactor}, so that no answer quotes it.
 */
final class ProviderResolver {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern PLACEHOLDER_VALUE = Pattern.compile("[A-Za-z0-9._~:\\[\\]-]{1,253}");

    private final Map<String, Secret> credentials;
    private final Map<String, Map<String, String>> placeholders;
    private final Map<String, String> baseUrls;
    private final Function<String, String> environment;
    private final Redactor redactor;
    private final Map<ProviderInfo, ProviderAccess> resolved = new ConcurrentHashMap<>();

    /**
     * Takes copies of what was given to the client's builder.
     *
     * @param credentials  provider id to credential, as given to the client
     * @param placeholders provider id to placeholder name to value, as given to the client
     * @param baseUrls     provider id to base URL template, overriding the provider document's
     * @param environment  where credentials and placeholder values not given are read
     * @param redactor     told every credential
     */
    ProviderResolver(
            Map<String, Secret> credentials,
            Map<String, Map<String, String>> placeholders,
            Map<String, String> baseUrls,
            Function<String, String> environment,
            Redactor redactor) {
        this.credentials = Map.copyOf(credentials);
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        placeholders.forEach((k, v) -> p.put(k, Map.copyOf(v)));
        this.placeholders = Map.copyOf(p);
        this.baseUrls = Map.copyOf(baseUrls);
        this.environment = environment;
        this.redactor = redactor;
        this.credentials.values().forEach(redactor::add);
    }

    /**
     * Checks a base URL override when it is given, so that a refused one fails at once: a placeholder in the host
     * can only be checked once filled, at the first call.
     *
     * @throws IllegalArgumentException for a URL that is refused: {@code http://} to a host that is not loopback,
     *         user info, another scheme
     */
    static void checkBaseUrl(String providerId, String url) {
        String probe = PLACEHOLDER.matcher(url).replaceAll("x");
        URI uri;
        try {
            uri = URI.create(probe);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the base URL of " + providerId + " is not a URL");
        }
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        String authority =
                scheme < 0 ? "" : pathStart < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, pathStart);
        String refusal = Urls.refusal(uri);
        if (refusal != null && !authority.contains("{")) {
            throw new IllegalArgumentException(
                    "the base URL of " + providerId + " (" + Urls.forLog(uri) + ") is refused: " + refusal);
        }
    }

    /** How the provider is reached: resolved at its first call, then the same for every later one. */
    ProviderAccess access(ProviderInfo info) {
        ProviderAccess a = resolved.get(info);
        if (a == null) {
            a = resolve(info);
            resolved.putIfAbsent(info, a);
        }
        return a;
    }

    /** The providers a credential was given for, sorted: for the client's {@code toString}. */
    Set<String> credentialsGiven() {
        return new TreeMap<>(credentials).keySet();
    }

    /** The providers whose base URL is overridden, sorted: for the client's {@code toString}. */
    Set<String> baseUrlsOverridden() {
        return new TreeMap<>(baseUrls).keySet();
    }

    private ProviderAccess resolve(ProviderInfo info) {
        String id = info.id();
        URI base = baseUrl(info);
        Secret secret = null;
        if (!info.authScheme().equalsIgnoreCase("none")) {
            secret = credential(info);
            redactor.add(secret);
        }
        ProviderAccess a = new ProviderAccess(info, base, secret);
        if (a.authenticates() && info.authScheme().equalsIgnoreCase("basic")) {
            // the header carries the credential in base64, which must not reach a log either
            redactor.add(Secret.of(a.headerValue().substring("Basic ".length())));
        }
        Call.LOG.log(
                Level.DEBUG,
                () -> "provider " + id + ": " + Urls.forLog(base) + ", transport " + info.transport()
                        + (a.authenticates() ? ", credential in " + info.authHeader() : ", no credential"));
        return a;
    }

    private URI baseUrl(ProviderInfo info) {
        String id = info.id();
        String template = baseUrls.getOrDefault(id, info.baseUrl());
        Map<String, String> given = placeholders.getOrDefault(id, Map.of());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = given.get(name);
            String env = info.placeholders().get(name);
            if (value == null && env != null) {
                value = environment.apply(env);
            }
            if (value == null || value.isBlank()) {
                throw new ConfigurationException("provider " + id + ": no value for the base URL placeholder {" + name
                        + "}: " + (env == null ? "" : "set the environment variable " + env + " or ")
                        + "call placeholder(\"" + id + "\", \"" + name + "\", value) on the client builder");
            }
            if (!PLACEHOLDER_VALUE.matcher(value).matches()) {
                throw new ConfigurationException("provider " + id + ": the value of {" + name + "} (" + value.length()
                        + " characters) may only hold letters, digits and . _ ~ : - [ ]");
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        URI base;
        try {
            base = URI.create(filled.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("provider " + id + ": the base URL is not a URL");
        }
        String refusal = Urls.refusal(base);
        if (refusal != null) {
            throw new ConfigurationException(
                    "provider " + id + ": base URL " + Urls.forLog(base) + " refused: " + refusal);
        }
        return base;
    }

    private Secret credential(ProviderInfo info) {
        String id = info.id();
        Secret secret = credentials.get(id);
        if (secret == null && !info.tokenEnv().isEmpty()) {
            String value = environment.apply(info.tokenEnv());
            if (value != null && !value.isBlank()) {
                try {
                    secret = Secret.of(value);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException("provider " + id + ": the environment variable " + info.tokenEnv()
                            + " does not hold a usable credential: " + e.getMessage());
                }
            }
        }
        if (secret == null) {
            throw new ConfigurationException("provider " + id + ": no credential: set the environment variable "
                    + info.tokenEnv() + " or call credential(\"" + id + "\", token) on the client builder");
        }
        return secret;
    }

    @Override
    public String toString() {
        return "ProviderResolver[credentials given for " + credentialsGiven() + ", base URLs overridden for "
                + baseUrlsOverridden() + "]";
    }
}
