package dev.pictor.core.schema;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schema resources of one document (a model's input or output schema, a shared file, a bundled meta-schema),
 * found once: the base URI in force at each subschema, each resource by its absolute URI ({@code $id}, and the
 * document's own base URI for its root), and each plain-name fragment ({@code $anchor}, {@code $dynamicAnchor}, a
 * draft-07 {@code $id: "#name"}) by its resource URI and name. Identifiers are read only where a schema stands
 * ({@link SchemaWalker}): an {@code $id} inside an {@code enum} or an unknown keyword identifies nothing. In
 * draft-07 an {@code $id} beside {@code $ref} is ignored, like every sibling of {@code $ref}.
 */
public final class SchemaResources {

    private final LocatedNode root;
    private final String base;
    /** Base URI by the pointer of the schema it is in force at. */
    private final Map<String, String> bases = new HashMap<>();
    /** Resource root by absolute URI without fragment. */
    private final Map<String, LocatedNode> resources = new HashMap<>();
    /** Plain-name fragments by {@code <resource uri>#<name>}. */
    private final Map<String, LocatedNode> anchors = new HashMap<>();
    /** {@code $dynamicAnchor}s by {@code <resource uri>#<name>}. */
    private final Map<String, LocatedNode> dynamicAnchors = new HashMap<>();
    /** The resource URI of each resource root, by its pointer. */
    private final Map<String, String> resourceOf = new HashMap<>();

    /**
     * Indexes {@code root}, whose retrieval URI is {@code base}.
     *
     * @param dialect the dialect the document is read in: draft-07 ignores an {@code $id} beside {@code $ref}
     */
    public SchemaResources(LocatedNode root, String base, Dialect dialect) {
        this.root = root;
        this.base = RootUris.withoutFragment(base);
        resources.put(this.base, root);
        SchemaWalker.walk(root, sub -> {
            String outer =
                    sub.parent() == null ? this.base : bases.get(sub.parent().pointer());
            String own = outer;
            if (sub.node() instanceof LocatedObject o) {
                boolean refOnly = SchemaRefs.ignoresSiblings(dialect) && o.has("$ref");
                Optional<String> id = refOnly ? Optional.empty() : o.text("$id");
                if (id.isPresent() && id.get().startsWith("#")) {
                    anchors.put(outer + id.get(), o); // draft-07's plain-name fragment
                } else if (id.isPresent()) {
                    Optional<String> resolved = RootUris.resolve(outer, id.get());
                    if (resolved.isPresent()) {
                        own = RootUris.withoutFragment(resolved.get());
                        resources.putIfAbsent(own, o);
                        resourceOf.put(o.pointer(), own);
                        String fragment = RootUris.fragment(resolved.get());
                        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
                            anchors.put(own + "#" + fragment, o);
                        }
                    }
                }
                String in = own;
                o.text("$anchor").ifPresent(name -> anchors.put(in + "#" + name, o));
                o.text("$dynamicAnchor").ifPresent(name -> {
                    anchors.putIfAbsent(in + "#" + name, o);
                    dynamicAnchors.put(in + "#" + name, o);
                });
            }
            bases.put(sub.node().pointer(), own);
        });
        resourceOf.putIfAbsent(root.pointer(), this.base);
    }

    /** The document's root. */
    public LocatedNode root() {
        return root;
    }

    /** The document's retrieval URI. */
    public String base() {
        return base;
    }

    /**
     * The base URI in force at the node at {@code pointer} (a subschema, or a keyword's value inside one): that of
     * the nearest enclosing subschema.
     */
    public String baseAt(String pointer) {
        String p = pointer;
        while (true) {
            String found = bases.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty() || !p.startsWith(root.pointer())) {
                return base;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The resource whose absolute URI (without fragment) is {@code uri}, if this document holds it. */
    public Optional<LocatedNode> resource(String uri) {
        return Optional.ofNullable(resources.get(uri));
    }

    /** Every resource URI this document declares, its own base included. */
    public java.util.Set<String> resourceUris() {
        return java.util.Collections.unmodifiableSet(resources.keySet());
    }

    /** The subschema a plain-name fragment names in the resource {@code uri}. */
    public Optional<LocatedNode> anchor(String uri, String name) {
        return Optional.ofNullable(anchors.get(uri + "#" + name));
    }

    /** The subschema that declares {@code $dynamicAnchor: name} in the resource {@code uri}. */
    public Optional<LocatedNode> dynamicAnchor(String uri, String name) {
        return Optional.ofNullable(dynamicAnchors.get(uri + "#" + name));
    }

    /** The subschemas of the resource {@code uri} that declare a {@code $dynamicAnchor}, by name, sorted. */
    public Map<String, LocatedNode> dynamicAnchors(String uri) {
        Map<String, LocatedNode> named = new java.util.TreeMap<>();
        dynamicAnchors.forEach((key, node) -> {
            if (key.startsWith(uri + "#")) {
                named.put(key.substring(uri.length() + 1), node);
            }
        });
        return named;
    }

    /** True when some resource of this document declares a {@code $dynamicAnchor}. */
    public boolean hasDynamicAnchors() {
        return !dynamicAnchors.isEmpty();
    }

    /** The URI of the resource a subschema is the root of; empty when it starts none. */
    public Optional<String> resourceRootedAt(String pointer) {
        return Optional.ofNullable(resourceOf.get(pointer));
    }
}
