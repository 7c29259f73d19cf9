package dev.pictor.core.schema;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.model.Dialect;
import java.nio.file.InvalidPathException;
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

    /** @param shared the root's shared schemas by root-relative file name, {@code /}-separated */
    public SchemaRefs(Map<String, LocatedNode> shared) {
        this.shared = Map.copyOf(shared);
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

    /**
     * The document a reference written at {@code at} resolves in: the shared file it names, or {@code local} (the
     * root of the schema it is written in) when it names none; empty when the file is no shared schema.
     */
    public Optional<LocatedNode> document(LocatedNode at, LocatedNode local, Reference reference) {
        if (reference.file().isEmpty()) {
            return Optional.of(local);
        }
        try {
            return Optional.ofNullable(shared.get(sharedFile(at.location().file(), reference.file())));
        } catch (InvalidPathException e) {
            return Optional.empty(); // a name no file system takes names no shared schema either
        }
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

    /** Where {@code ref}, written at {@code at} in a schema whose root is {@code local}, leads; empty when nowhere. */
    public Optional<Target> resolve(LocatedNode at, LocatedNode local, String ref) {
        Reference reference;
        try {
            reference = Reference.parse(ref);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return document(at, local, reference)
                .flatMap(document -> at(document, reference.pointer()).map(node -> new Target(node, document)));
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
