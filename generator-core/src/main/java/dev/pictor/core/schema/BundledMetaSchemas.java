package dev.pictor.core.schema;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The draft-07 and draft 2020-12 meta-schemas (2020-12's vocabulary meta-schemas included) as located trees, read
 * from the copies bundled in this jar (see {@code dev/pictor/core/meta/json-schema/README.md}): a {@code $ref} to one
 * of their URIs resolves here, and nothing is fetched.
 */
public final class BundledMetaSchemas {

    private static final String FOLDER = "/dev/pictor/core/meta/json-schema/";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/";
    private static final String DRAFT_7 = "http://json-schema.org/draft-07/schema";

    /** Each bundled meta-schema's URI (without fragment) and its resource in the jar. */
    private static final Map<String, String> RESOURCES = resources();

    private static final Map<String, LocatedNode> READ = new ConcurrentHashMap<>();

    private BundledMetaSchemas() {}

    private static Map<String, String> resources() {
        Map<String, String> all = new HashMap<>();
        all.put(DRAFT_7, "draft-07/schema");
        all.put(DRAFT_2020_12 + "schema", "draft/2020-12/schema");
        for (String vocabulary : List.of(
                "core",
                "applicator",
                "unevaluated",
                "validation",
                "meta-data",
                "format-annotation",
                "format-assertion",
                "content")) {
            all.put(DRAFT_2020_12 + "meta/" + vocabulary, "draft/2020-12/meta/" + vocabulary);
        }
        return Map.copyOf(all);
    }

    /** True when {@code uri} (without fragment) names a bundled meta-schema. */
    public static boolean bundles(String uri) {
        return RESOURCES.containsKey(uri);
    }

    /** The bundled meta-schema at {@code uri} (without fragment), read once; empty when none is bundled there. */
    public static Optional<LocatedNode> at(String uri) {
        String resource = RESOURCES.get(uri);
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(READ.computeIfAbsent(uri, u -> read(u, resource)));
    }

    private static LocatedNode read(String uri, String resource) {
        try (InputStream in = BundledMetaSchemas.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled meta-schema " + resource + " is missing from the jar");
            }
            Diagnostics diagnostics = new Diagnostics();
            return LocatedJsonReader.read(uri, in.readAllBytes(), diagnostics)
                    .orElseThrow(() -> new IllegalStateException(
                            "the bundled meta-schema " + resource + " does not parse: " + diagnostics.sorted()));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled meta-schema " + resource + " cannot be read", e);
        }
    }
}
