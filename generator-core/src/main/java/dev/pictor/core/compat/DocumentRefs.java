package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.schema.SchemaRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the {@code $ref}s of one document view resolve: its input and output, and the root's shared schemas. */
final class DocumentRefs {
    private final String file;
    private final Dialect dialect;
    private final LocatedNode input;
    private final LocatedNode output;
    private final Map<String, LocatedNode> fragments;
    private final SchemaRefs refs;

    /**
     * @param fragments the root's shared schemas, by root-relative path
     * @param uris      the URIs of the root's files and the prefixes its {@code pictor-root.json} maps, so that an
     *                  absolute-URI {@code $ref} leads where generation follows it
     */
    DocumentRefs(
            String file,
            Dialect dialect,
            LocatedNode input,
            LocatedNode output,
            Map<String, LocatedNode> fragments,
            RootUris uris) {
        this.file = file;
        this.dialect = dialect;
        this.input = input;
        this.output = output;
        this.fragments = fragments;
        this.refs = new SchemaRefs(fragments, uris, dialect);
    }

    String file() {
        return file;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The schema a {@code #/...} reference written at {@code node} is resolved against. */
    private LocatedNode rootOf(LocatedNode node) {
        String f = node.location().file();
        if (!f.equals(file) && fragments.containsKey(f)) {
            return fragments.get(f);
        }
        return node.pointer().startsWith("/output") ? output : input;
    }

    /**
     * The node with its {@code $ref}s followed; the node itself when it has none or it cannot be resolved. Along the
     * chain, keywords written beside a {@code $ref} are laid over its target (draft 2020-12, OpenAPI 3.1) or ignored
     * (draft-07, and OpenAPI 3.0, whose Reference Object has no siblings).
     */
    LocatedNode deref(LocatedNode node) {
        List<LocatedNode> chain = SchemaRefs.chain(node, this::target);
        LocatedNode result = chain.get(chain.size() - 1);
        for (int i = chain.size() - 2; i >= 0; i--) {
            result = overlay((LocatedObject) chain.get(i), result);
        }
        return result;
    }

    private Optional<LocatedNode> target(LocatedNode node) {
        return node instanceof LocatedObject object
                ? object.text("$ref")
                        .flatMap(ref -> refs.resolve(object, rootOf(object), ref))
                        .map(SchemaRefs.Target::node)
                : Optional.empty();
    }

    private LocatedNode overlay(LocatedObject object, LocatedNode target) {
        if (object.members().size() == 1 || SchemaRefs.ignoresSiblings(dialect)) {
            return target;
        }
        if (!(target instanceof LocatedObject t)) {
            return object;
        }
        List<Member> merged = new ArrayList<>();
        t.members().stream().filter(m -> !object.has(m.name())).forEach(merged::add);
        object.members().stream().filter(m -> !m.name().equals("$ref")).forEach(merged::add);
        return new LocatedObject(object.location(), object.pointer(), merged);
    }
}
