package dev.pictor.core.schema;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a {@code $ref} names a schema inside the schemas root, and how far a chain of them is followed: the one place
 * the loader's check, linking, the compatibility check and the adapter emitter share. A reference is a shared
 * {@code *.schema.json} file relative to the file it is written in, a JSON Pointer fragment into that file or into
 * the schema it is written in, or both. Nothing here reads a file: shared schemas are handed in already loaded.
 */
public final class SchemaRefs {

    /** A chain of {@code $ref}s longer than this is not followed further (the loader reports real loops). */
    public static final int MAX_HOPS = 32;

    /** A reference split at its {@code #}: the shared file part (empty for a local one) and the JSON Pointer. */
    public record Reference(String file, String pointer) {

        /**
         * Splits {@code ref}; the fragment is URI-decoded into a JSON Pointer.
         *
         * @throws IllegalArgumentException when the fragment is not a valid escaped pointer
         */
        public static Reference parse(String ref) {
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : JsonPointer.fromUriFragment(ref.substring(hash + 1));
            return new Reference(file, pointer);
        }
    }

    /** Where a reference leads: the node, and the document its own {@code #...} references resolve against. */
    public record Target(LocatedNode node, LocatedNode document) {}

    private final Map<String, LocatedNode> shared;
    private final RootUris uris;
    private final Dialect dialect;
    /** The root-relative name of each shared file, by its root (the same instance). */
    private final Map<LocatedNode, String> sharedFiles = new IdentityHashMap<>();
    /** Each document's resources, indexed once, by its root (the same instance). */
    private final Map<LocatedNode, SchemaResources> indexes = new IdentityHashMap<>();
    /** The shared files' resources by {@code $id}, found on the first absolute reference that needs them. */
    private Map<String, SchemaResources> declared;

    /**
     * @param shared  the root's shared schemas by root-relative file name, {@code /}-separated
     * @param uris    the URIs of the root's files, and the prefixes its {@code pictor-root.json} maps
     * @param dialect the dialect of the documents whose references are resolved (a shared file that declares
     *                its own {@code $schema} is read in that one)
     */
    public SchemaRefs(Map<String, LocatedNode> shared, RootUris uris, Dialect dialect) {
        this.shared = Map.copyOf(shared);
        this.uris = uris;
        this.dialect = dialect;
        this.shared.forEach((file, root) -> sharedFiles.put(root, file));
    }

    /**
     * True when the dialect ignores the keywords written beside a {@code $ref} (draft-07; OpenAPI 3.0, whose Reference
     * Object has no siblings), false when it applies them too (draft 2020-12, OpenAPI 3.1). OpenAPI 3.0's
     * {@code nullable} beside a {@code $ref} is the one exception Pictor makes: see {@link OpenApiNullable}.
     */
    public static boolean ignoresSiblings(Dialect dialect) {
        return dialect == Dialect.DRAFT_7 || dialect == Dialect.OPENAPI_3_0;
    }

    /** True when {@code ref} names a URL (a scheme other than a Windows drive letter): never fetched. */
    public static boolean isRemote(String ref) {
        return ref.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !ref.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** The root-relative name of a shared file referred to from {@code fromFile}, resolved lexically. */
    public static String sharedFile(String fromFile, String file) {
        String parent = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
        return Path.of(parent + file).normalize().toString().replace('\\', '/');
    }

    /** The node a pointer names in a document; empty when it names nothing or is no pointer. */
    public static Optional<LocatedNode> at(LocatedNode document, String pointer) {
        if (pointer.isEmpty()) {
            return Optional.of(document);
        }
        if (!pointer.startsWith("/")) {
            return Optional.empty();
        }
        return document.at(pointer);
    }

    /**
     * Where {@code ref}, written at {@code at} in a schema whose root is {@code local}, leads; empty when nowhere.
     * The reference is resolved against the base URI in force at {@code at} (the document's own URI, or the
     * {@code $id} of an enclosing resource), and the resource found in this document, in a shared file by its URI or
     * {@code $id}, or among the bundled meta-schemas; its fragment is a JSON Pointer into that resource or a plain
     * name ({@code $anchor}, draft-07's {@code $id: "#name"}).
     */
    public Optional<Target> resolve(LocatedNode at, LocatedNode local, String ref) {
        return absolute(at, local, ref).flatMap(uri -> locate(local, uri));
    }

    /** {@code ref} resolved against the base URI in force at {@code at}; empty when it is no URI reference. */
    public Optional<String> absolute(LocatedNode at, LocatedNode local, String ref) {
        return RootUris.resolve(index(local).baseAt(at.pointer()), ref);
    }

    /** The resources of the document whose root is {@code root}, indexed on first use. */
    public SchemaResources index(LocatedNode root) {
        return indexes.computeIfAbsent(root, r -> {
            String file = sharedFiles.get(r);
            if (file != null) {
                return new SchemaResources(r, uris.uriOf(file), dialectOf(r));
            }
            if (BundledMetaSchemas.bundles(r.location().file())) {
                return new SchemaResources(r, r.location().file(), dialectOf(r));
            }
            return new SchemaResources(r, uris.uriOf(r.location().file()), dialect);
        });
    }

    /** Where an absolute URI leads, seen from the document {@code local}; empty when nowhere. */
    public Optional<Target> locate(LocatedNode local, String uri) {
        return resource(local, RootUris.withoutFragment(uri)).flatMap(found -> {
            SchemaResources index = index(found.document());
            LocatedNode node = index.resource(found.uri()).orElseThrow();
            String fragment = RootUris.fragment(uri);
            if (fragment.isEmpty()) {
                return Optional.of(new Target(node, found.document()));
            }
            String pointer;
            try {
                pointer = JsonPointer.fromUriFragment(fragment);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            Optional<LocatedNode> named =
                    pointer.startsWith("/") ? at(node, pointer) : index.anchor(found.uri(), pointer);
            return named.map(n -> new Target(n, found.document()));
        });
    }

    /** A resource found: the document that holds it, and its URI there. */
    private record Found(LocatedNode document, String uri) {}

    /**
     * The resource at {@code uri}: in this document, in the shared file the URI names (its internal or mapped URI),
     * in the shared file that declares it as an {@code $id}, or a bundled meta-schema.
     */
    private Optional<Found> resource(LocatedNode local, String uri) {
        if (index(local).resource(uri).isPresent()) {
            return Optional.of(new Found(local, uri));
        }
        Optional<LocatedNode> byFile = uris.fileOf(uri).map(shared::get);
        if (byFile.isPresent()) {
            return Optional.of(new Found(byFile.get(), index(byFile.get()).base()));
        }
        SchemaResources byId = declared().get(uri);
        if (byId != null) {
            return Optional.of(new Found(byId.root(), uri));
        }
        return BundledMetaSchemas.at(uri).map(meta -> new Found(meta, uri));
    }

    /** Every resource the shared files declare, by URI (the first file in name order wins a URI two declare). */
    private Map<String, SchemaResources> declared() {
        if (declared == null) {
            declared = new java.util.HashMap<>();
            new java.util.TreeMap<>(shared).values().forEach(root -> {
                SchemaResources index = index(root);
                index.resourceUris().forEach(u -> declared.putIfAbsent(u, index));
            });
        }
        return declared;
    }

    /** The dialect a document declares with {@code $schema}; the one these references are read in otherwise. */
    private Dialect dialectOf(LocatedNode root) {
        return root.asObject()
                .flatMap(o -> o.text("$schema"))
                .flatMap(Dialect::fromUri)
                .orElse(dialect);
    }

    /**
     * {@code start}, then each step {@code next} takes from it, until a step leads nowhere, comes back to a node of
     * the chain (the same instance), or {@link #MAX_HOPS} steps were taken.
     */
    public static <T> List<T> chain(T start, Function<T, Optional<T>> next) {
        List<T> chain = new ArrayList<>();
        Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // nodes are deep records: by identity
        Optional<T> current = Optional.of(start);
        while (current.isPresent() && chain.size() <= MAX_HOPS && seen.add(current.get())) {
            chain.add(current.get());
            current = next.apply(current.get());
        }
        return chain;
    }
}
