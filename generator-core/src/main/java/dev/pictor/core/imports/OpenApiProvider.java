package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider document ({@code <provider>/provider.json}) an OpenAPI document says: transport {@code openapi}, the
 * base URL of the first server whose URL is absolute {@code http(s)} (or the one given on import, when none is), each
 * server variable a placeholder read from {@code <PROVIDER>_<VARIABLE>}, and the authentication of the security
 * scheme the document requires first (or of its only scheme): HTTP bearer (and OAuth 2 or OpenID Connect, whose
 * tokens are sent as bearer tokens) is {@code bearer}, HTTP basic {@code basic}, an API key in a header
 * {@code api-key} with that header. The credential is read from {@code <PROVIDER>_API_KEY}; the document never holds
 * one. Nothing is made up: no usable base URL, or an API key sent in a query or a cookie, is a located ERROR.
 */
final class OpenApiProvider {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

    /**
     * The document to write.
     *
     * @param at      where in the OpenAPI document it comes from, for findings
     * @param baseUrl its base URL
     * @param auth    its auth scheme and header, as {@code scheme} or {@code scheme header}
     * @param text    its text
     */
    record Draft(LocatedNode at, String baseUrl, String auth, String text) {}

    private OpenApiProvider() {}

    /** The provider document of {@code document}; empty (and reported) when it cannot be made. */
    static Optional<Draft> draft(LocatedObject document, String fileName, ImportOptions options, Diagnostics problems) {
        OpenApiSelection selection = options.openapi();
        List<String> why = new ArrayList<>();
        Optional<String> url = baseUrl(document, selection, why, problems);
        Optional<String[]> auth = auth(document, why, problems);
        if (url.isEmpty() || auth.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String[]> placeholders = placeholders(document, url.get(), selection, fileName);
        Optional<LocatedObject> info = document.object("info");
        String title =
                info.flatMap(i -> i.text("title")).map(ImportOptions::oneLine).orElse(selection.provider());
        String infoVersion =
                info.flatMap(i -> i.text("version")).map(ImportOptions::oneLine).orElse("(none)");
        StringBuilder source = new StringBuilder("Written by pictor import openapi from ")
                .append(fileName)
                .append(" (info.title ")
                .append(title)
                .append(", info.version ")
                .append(infoVersion)
                .append("): ")
                .append(String.join("; ", why))
                .append(". The credential is read from ")
                .append(selection.tokenEnv())
                .append(", never written here.");
        if (options.sourceNote() != null) {
            source.append(' ').append(options.sourceNote());
        }
        String i1 = "  ";
        String i2 = "    ";
        StringBuilder out = new StringBuilder("{\n");
        out.append(i1)
                .append("\"provider\": ")
                .append(DocumentText.string(selection.provider()))
                .append(",\n");
        out.append(i1).append("\"name\": ").append(DocumentText.string(title)).append(",\n");
        out.append(i1).append("\"transport\": \"openapi\",\n");
        out.append(i1)
                .append("\"baseUrl\": ")
                .append(DocumentText.string(url.get()))
                .append(",\n");
        if (placeholders.isEmpty()) {
            out.append(i1).append("\"placeholders\": {},\n");
        } else {
            out.append(i1).append("\"placeholders\": {\n");
            int n = 0;
            for (Map.Entry<String, String[]> p : placeholders.entrySet()) {
                out.append(i2).append(DocumentText.string(p.getKey())).append(": {\n");
                out.append(i2).append(i1).append("\"env\": ").append(DocumentText.string(p.getValue()[0]));
                out.append(",\n");
                out.append(i2).append(i1).append("\"description\": ");
                out.append(DocumentText.string(p.getValue()[1])).append('\n');
                out.append(i2).append(++n < placeholders.size() ? "},\n" : "}\n");
            }
            out.append(i1).append("},\n");
        }
        out.append(i1).append("\"auth\": {\n");
        out.append(i2)
                .append("\"scheme\": ")
                .append(DocumentText.string(auth.get()[0]))
                .append(",\n");
        if (auth.get().length > 1) {
            out.append(i2)
                    .append("\"header\": ")
                    .append(DocumentText.string(auth.get()[1]))
                    .append(",\n");
        }
        out.append(i2)
                .append("\"tokenEnv\": ")
                .append(DocumentText.string(selection.tokenEnv()))
                .append('\n');
        out.append(i1).append("},\n");
        out.append(i1).append("\"vendorKeywords\": [],\n");
        out.append(i1)
                .append("\"source\": ")
                .append(DocumentText.string(source.toString()))
                .append('\n');
        out.append("}\n");
        return Optional.of(new Draft(document, url.get(), String.join(" ", auth.get()), out.toString()));
    }

    private static Optional<String> baseUrl(
            LocatedObject document, OpenApiSelection selection, List<String> why, Diagnostics problems) {
        List<LocatedNode> servers =
                document.array("servers").map(LocatedNode.LocatedArray::items).orElse(List.of());
        if (selection.baseUrl() != null) {
            why.add("baseUrl was given on import (--base-url)");
            return Optional.of(trimSlash(selection.baseUrl()));
        }
        for (int i = 0; i < servers.size(); i++) {
            Optional<String> url = servers.get(i).asObject().flatMap(s -> s.text("url"));
            if (url.isPresent()
                    && url.get().matches("(?i)https?://[^/\\s]+.*")
                    && !url.get().contains("@")) {
                why.add("baseUrl is servers[" + i + "].url");
                return Optional.of(trimSlash(url.get()));
            }
        }
        String written = servers.stream()
                .map(s -> s.asObject()
                        .flatMap(o -> o.text("url"))
                        .map(OpenApiFiles::quoted)
                        .orElse("(none)"))
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
        problems.report(
                Severity.ERROR,
                "import.option-needed",
                document.get("servers").orElse(document),
                "the document's servers give no absolute http(s) URL (" + written + "), and nothing is made up",
                "give the provider's base URL (--base-url https://api.example.com)");
        return Optional.empty();
    }

    /** {@code [scheme]} or {@code [scheme, header]}; empty (and reported) when a scheme cannot be sent. */
    private static Optional<String[]> auth(LocatedObject document, List<String> why, Diagnostics problems) {
        Optional<LocatedObject> schemes = document.object("components").flatMap(c -> c.object("securitySchemes"));
        Optional<String> required = document.array("security")
                .flatMap(a -> a.items().stream().findFirst())
                .flatMap(LocatedNode::asObject)
                .flatMap(o -> o.members().stream().findFirst())
                .map(Member::name);
        Optional<Member> chosen = required.flatMap(name -> schemes.flatMap(s -> s.member(name)))
                .or(() -> schemes.flatMap(s -> s.members().stream().findFirst()));
        if (chosen.isEmpty() || !(chosen.get().value() instanceof LocatedObject scheme)) {
            why.add("the document declares no security scheme, so no credential is sent");
            return Optional.of(new String[] {"none"});
        }
        String name = chosen.get().name();
        String type = scheme.text("type").orElse("");
        String said = "auth is securitySchemes." + name + " (" + type;
        if (type.equals("http")) {
            String httpScheme = scheme.text("scheme").orElse("").toLowerCase(Locale.ROOT);
            if (httpScheme.equals("bearer") || httpScheme.equals("basic")) {
                why.add(said + " " + httpScheme + ")");
                return Optional.of(new String[] {httpScheme});
            }
        } else if (type.equals("apiKey") && scheme.text("in").orElse("").equals("header")) {
            Optional<String> header = scheme.text("name").filter(h -> h.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+"));
            if (header.isPresent()) {
                why.add(said + " in header " + header.get() + ", sent as it is)");
                return Optional.of(new String[] {"api-key", header.get()});
            }
        } else if (type.equals("oauth2") || type.equals("openIdConnect")) {
            why.add(said + ", whose access tokens are sent as bearer tokens)");
            return Optional.of(new String[] {"bearer"});
        }
        problems.report(
                Severity.ERROR,
                "import.member-invalid",
                scheme,
                "security scheme " + name + " ("
                        + ImportOptions.oneLine(scheme.toJackson().toString())
                        + ") is not one Pictor can send: bearer, basic, OAuth 2 or an API key in a header",
                "write the provider document by hand (schemas/README.md, \"The provider document\") before importing");
        return Optional.empty();
    }

    /** Each {@code {variable}} of the base URL: its environment variable and description. */
    private static Map<String, String[]> placeholders(
            LocatedObject document, String url, OpenApiSelection selection, String fileName) {
        Map<String, String[]> out = new LinkedHashMap<>();
        Optional<LocatedObject> variables = document.array("servers")
                .flatMap(a -> a.items().stream()
                        .map(LocatedNode::asObject)
                        .flatMap(Optional::stream)
                        .filter(s ->
                                s.text("url").map(u -> url.equals(trimSlash(u))).orElse(false))
                        .findFirst())
                .flatMap(s -> s.object("variables"));
        Matcher m = VARIABLE.matcher(url);
        while (m.find()) {
            String name = m.group(1);
            String env =
                    selection.envPrefix() + "_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            Optional<LocatedObject> variable = variables.flatMap(v -> v.object(name));
            String description = variable.flatMap(v -> v.text("description"))
                    .map(ImportOptions::oneLine)
                    .filter(d -> !d.isBlank())
                    .orElse("Server variable " + name + " of " + fileName + ".");
            Optional<String> byDefault = variable.flatMap(v -> v.text("default"));
            if (byDefault.isPresent()) {
                description += " The document's default: " + ImportOptions.oneLine(byDefault.get()) + ".";
            }
            out.putIfAbsent(name, new String[] {env.replaceAll("_+$", ""), description});
        }
        return out;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
