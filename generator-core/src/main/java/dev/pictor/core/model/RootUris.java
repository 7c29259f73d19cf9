package dev.pictor.core.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The URIs of the schemas root's files: each file has an internal base URI ({@value #INTERNAL}{@code <file>}), and
 * a file inside a folder that the root's {@code pictor-root.json} maps from a URI prefix has that prefix's URI
 * instead, so that an absolute {@code $ref} to the prefix finds the file without anything being fetched. Also how a
 * reference resolves against a base (RFC 3986).
 *
 * @param mappings URI prefix (ending in {@code /}) to a root-relative folder (ending in {@code /}), sorted
 */
public record RootUris(Map<String, String> mappings) {

    /** The base URI of the schemas root itself: a file's internal URI is this and its root-relative name. */
    public static final String INTERNAL = "pictor-root://root/";

    /** A root that maps no URI prefix. */
    public static final RootUris NONE = new RootUris(Map.of());

    public RootUris {
        mappings = java.util.Collections.unmodifiableMap(new TreeMap<>(mappings));
    }

    /** The base URI of a root-relative file: its mapped URI when a mapping's folder holds it, else its internal one. */
    public String uriOf(String file) {
        for (Map.Entry<String, String> m : mappings.entrySet()) {
            if (file.startsWith(m.getValue())) {
                return m.getKey() + encode(file.substring(m.getValue().length()));
            }
        }
        return INTERNAL + encode(file);
    }

    /** True when {@code file} sits in a folder a mapping names: it is a shared schema whatever its name. */
    public boolean mapped(String file) {
        return mappings.values().stream().anyMatch(file::startsWith);
    }

    /**
     * The root-relative file an absolute URI (without fragment) names: an internal URI, or one under a mapped prefix;
     * empty for any other URI, and for one whose path would leave the root or the mapped folder.
     */
    public Optional<String> fileOf(String uri) {
        String rest = null;
        String folder = "";
        if (uri.startsWith(INTERNAL)) {
            rest = uri.substring(INTERNAL.length());
        } else {
            for (Map.Entry<String, String> m : mappings.entrySet()) {
                if (uri.startsWith(m.getKey())) {
                    rest = uri.substring(m.getKey().length());
                    folder = m.getValue();
                    break;
                }
            }
        }
        if (rest == null || rest.contains("?")) {
            return Optional.empty();
        }
        String path = decode(rest);
        if (path == null || path.isEmpty() || path.startsWith("/") || ("/" + path + "/").contains("/../")) {
            return Optional.empty();
        }
        return Optional.of(folder + path);
    }

    /**
     * {@code ref} resolved against {@code base} (RFC 3986): an absolute URI as written, a fragment-only reference
     * on the base without its fragment, any other relative reference against a hierarchical base; empty when the
     * text is no URI reference or the base is opaque (a {@code urn:}) and the reference is more than a fragment.
     */
    public static Optional<String> resolve(String base, String ref) {
        try {
            URI r = new URI(ref);
            if (r.isAbsolute()) {
                return Optional.of(r.toString());
            }
            if (ref.isEmpty() || ref.startsWith("#")) {
                return Optional.of(withoutFragment(base) + ref);
            }
            URI b = new URI(base);
            if (b.isOpaque()) {
                return Optional.empty();
            }
            return Optional.of(b.resolve(r).normalize().toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The URI before its {@code #}. */
    public static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    /** The fragment after the {@code #}, still escaped; empty when there is none. */
    public static String fragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? "" : uri.substring(hash + 1);
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return path; // a path that cannot be written as a URI names no file a reference could find
        }
    }

    private static String decode(String rawPath) {
        try {
            return new URI(rawPath).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
