package dev.pictor.core.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code pictor import openapi} takes beyond the other formats: the provider the documents go to (an OpenAPI
 * document names none Pictor can use), which operations become model documents, and the base URL when the document's
 * {@code servers} give no absolute one.
 *
 * @param provider   the provider id, the folder of the documents and of the {@code provider.json} written for them
 * @param operations operations by id or as {@code METHOD PATH} ({@code POST /v1/text_to_image}); empty when
 *                   {@code tags} or {@code all} select
 * @param tags       the tags whose operations are imported; empty when {@code operations} or {@code all} select
 * @param all        every operation of the document
 * @param baseUrl    the provider's base URL, when {@code servers} give no absolute {@code http(s)} URL; null otherwise
 * @param accept     the media type of the success responses to import ({@code image/png}: the adapter then reads the
 *                   image, asking for it by {@code Accept}); null for every response
 */
public record OpenApiSelection(
        String provider, List<String> operations, List<String> tags, boolean all, String baseUrl, String accept) {

    static final Pattern PROVIDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** {@code METHOD PATH}: an HTTP method, blanks, and a path starting with {@code /}. */
    /** A media type without parameters: {@code image/png}. */
    static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    static final Pattern METHOD_PATH = Pattern.compile("(?i)(get|put|post|delete|options|head|patch|trace)\\s+(/\\S*)");

    /**
     * @throws IllegalArgumentException with a message for the user when the provider id is missing or malformed, the
     *                                  selection is not exactly one of operations, tags and all, or the base URL is
     *                                  not an absolute http(s) URL
     */
    public OpenApiSelection {
        provider = provider == null ? null : provider.strip();
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("a provider id is required (--provider ID): the documents go to "
                    + "<provider>/, beside the provider.json written from the OpenAPI document's servers and "
                    + "securitySchemes");
        }
        if (!PROVIDER.matcher(provider).matches()) {
            throw new IllegalArgumentException("provider id \"" + ImportOptions.oneLine(provider) + "\" is not a "
                    + "provider id: lower-case letters and digits, words joined by single hyphens (stability-ai)");
        }
        operations = List.copyOf(strip(operations));
        tags = List.copyOf(strip(tags));
        int ways = (operations.isEmpty() ? 0 : 1) + (tags.isEmpty() ? 0 : 1) + (all ? 1 : 0);
        if (ways != 1) {
            throw new IllegalArgumentException("select the operations to import in one way: by id or METHOD PATH "
                    + "(--operation), by tag (--tag), or every one (--all)");
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        if (baseUrl != null) {
            checkBaseUrl(baseUrl);
        }
        accept = accept == null || accept.isBlank() ? null : accept.strip().toLowerCase(Locale.ROOT);
        if (accept != null && !MEDIA_TYPE.matcher(accept).matches()) {
            throw new IllegalArgumentException("\"" + ImportOptions.oneLine(accept) + "\" is not a media type "
                    + "(--accept): write it as image/png");
        }
    }

    /** Every success response of the selected operations. */
    public OpenApiSelection(String provider, List<String> operations, List<String> tags, boolean all, String baseUrl) {
        this(provider, operations, tags, all, baseUrl, null);
    }

    /** The environment variable the provider's credential is read from: {@code STABILITY_AI_API_KEY}. */
    public String tokenEnv() {
        return envPrefix() + "_API_KEY";
    }

    /** The provider id as the start of an environment variable name: {@code STABILITY_AI}. */
    String envPrefix() {
        return provider.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<String> strip(List<String> values) {
        return Objects.requireNonNullElse(values, List.<String>of()).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void checkBaseUrl(String url) {
        String why = null;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                why = "it is not an absolute http(s) URL";
            } else if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
                why = "a base URL carries no user, query or fragment (never a credential)";
            }
        } catch (URISyntaxException e) {
            why = "it is not a URL";
        }
        if (why != null) {
            throw new IllegalArgumentException("base URL \"" + ImportOptions.oneLine(url) + "\" cannot be used: " + why
                    + "; write it as https://api.example.com/v1");
        }
    }
}
