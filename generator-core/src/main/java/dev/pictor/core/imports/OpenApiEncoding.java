package dev.pictor.core.imports;

import dev.pictor.core.imports.OpenApiFiles.Doc;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Operation.Layout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the members of a {@code multipart/form-data} body are laid out as parts, where the OpenAPI document says more
 * than the defaults ({@link Layout}): its media type's {@code encoding} ({@code style: deepObject} is
 * {@link Layout#BRACKETS}; a {@code contentType} that is one media type and not the default of the member's kind is
 * the part's content type), else what the document's own examples of the body, or of a member, show: a name such as
 * Stability's {@code text_prompts[0][text]} is {@link Layout#BRACKETS}, {@code image[]} for an array is
 * {@link Layout#REPEAT_BRACKETS}. Nothing is written for a member the defaults already lay out as the document says.
 */
final class OpenApiEncoding {

    /** A part name with brackets after a member's name: {@code text_prompts[0][text]}, {@code image[]}. */
    private static final Pattern BRACKETED = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]*])+)");

    /** One media type, without wildcards or a list: {@code image/png}, {@code application/json; charset=utf-8}. */
    private static final Pattern ONE_MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*(;.*)?");

    /**
     * A member's part layout.
     *
     * @param layout      how it is laid out
     * @param contentType the part's media type, when the document names one that is not the default
     * @param why         what in the document says so, for the model document's source
     */
    record Part(Layout layout, Optional<String> contentType, String why) {}

    /** What a member of the body is, for the layout the defaults give it. */
    private enum Kind {
        FILE(Layout.FILE, "application/octet-stream"),
        SCALAR(Layout.TEXT, "text/plain"),
        LIST(Layout.REPEAT, "text/plain"),
        OTHER(Layout.JSON, "application/json");

        final Layout layout;
        final String defaultType;

        Kind(Layout layout, String defaultType) {
            this.layout = layout;
            this.defaultType = defaultType;
        }
    }

    private OpenApiEncoding() {}

    /**
     * The layouts a multipart body's members need beyond the defaults, in the body's member order.
     *
     * @param media  the media type object of the body ({@code content["multipart/form-data"]})
     * @param schema the body's schema, as written
     * @param doc    the file both are written in
     */
    static Map<String, Part> of(LocatedObject media, LocatedNode schema, Doc doc) {
        Map<String, LocatedNode> members = LocalSchemas.properties(schema, doc);
        Map<String, Part> found = new LinkedHashMap<>();
        media.object("encoding").ifPresent(e -> {
            for (Member m : e.members()) {
                LocatedNode property = members.get(m.name());
                if (property != null && m.value() instanceof LocatedObject entry) {
                    declared(m.name(), entry, kind(property, doc)).ifPresent(p -> found.put(m.name(), p));
                }
            }
        });
        for (Example example : examples(media, schema, members, doc)) {
            for (Member m : example.value().members()) {
                Matcher bracketed = BRACKETED.matcher(m.name());
                if (!bracketed.matches()) {
                    continue;
                }
                String name = bracketed.group(1);
                LocatedNode property = members.get(name);
                if (property == null || found.containsKey(name)) {
                    continue;
                }
                Kind kind = kind(property, doc);
                String why = "as " + example.name() + " shows (" + m.name() + ")";
                if (bracketed.group(2).equals("[]")) {
                    if (kind == Kind.LIST) {
                        found.put(name, new Part(Layout.REPEAT_BRACKETS, Optional.empty(), why));
                    }
                } else if (kind != Kind.FILE) {
                    found.put(name, new Part(Layout.BRACKETS, Optional.empty(), why));
                }
            }
        }
        Map<String, Part> ordered = new LinkedHashMap<>();
        members.keySet().stream().filter(found::containsKey).forEach(n -> ordered.put(n, found.get(n)));
        return ordered;
    }

    /** What one {@code encoding} entry says beyond the defaults of the member's kind. */
    private static Optional<Part> declared(String name, LocatedObject entry, Kind kind) {
        if (entry.text("style").filter("deepObject"::equals).isPresent() && kind != Kind.FILE) {
            return Optional.of(new Part(Layout.BRACKETS, Optional.empty(), "as its encoding says (style deepObject)"));
        }
        Optional<String> type = entry.text("contentType")
                .map(String::strip)
                .filter(t -> ONE_MEDIA_TYPE.matcher(t).matches())
                .filter(t -> !t.toLowerCase(Locale.ROOT).startsWith(kind.defaultType));
        return type.map(t -> new Part(kind.layout, Optional.of(t), "as its encoding says (contentType " + t + ")"));
    }

    /** An example of the body: what it is called in the source, and its value. */
    private record Example(String name, LocatedObject value) {}

    /**
     * The examples that can show part names: the media type's {@code example} and each of its {@code examples} (a
     * local {@code $ref} followed), the body schema's {@code example}, and each member's {@code example} that is an
     * object.
     */
    private static List<Example> examples(
            LocatedObject media, LocatedNode schema, Map<String, LocatedNode> members, Doc doc) {
        List<Example> found = new ArrayList<>();
        media.object("example").ifPresent(e -> found.add(new Example("the body's example", e)));
        media.object("examples").ifPresent(all -> {
            for (Member m : all.members()) {
                LocalSchemas.resolve(m.value(), doc)
                        .asObject()
                        .flatMap(o -> o.object("value"))
                        .ifPresent(v -> found.add(new Example("the body's example " + m.name(), v)));
            }
        });
        LocalSchemas.resolve(schema, doc)
                .asObject()
                .flatMap(o -> o.object("example"))
                .ifPresent(e -> found.add(new Example("the body schema's example", e)));
        members.forEach((name, property) -> property.asObject()
                .flatMap(o -> o.object("example"))
                .ifPresent(e -> found.add(new Example("the example of " + name, e))));
        return found;
    }

    /** What a member is: a file, a scalar, a list of scalars or files, or anything else. */
    private static Kind kind(LocatedNode property, Doc doc) {
        return kind(property, doc, 0);
    }

    /** {@link #kind(LocatedNode, Doc)} at a depth of {@code anyOf}s, a few at most (a cycle of them is no list). */
    private static Kind kind(LocatedNode property, Doc doc, int depth) {
        LocatedNode schema = LocalSchemas.resolve(property, doc);
        if (file(schema)) {
            return Kind.FILE;
        }
        Optional<LocatedObject> object = schema.asObject();
        Optional<String> type = object.flatMap(o -> o.text("type"));
        if (type.filter(t -> t.equals("array")).isPresent()) {
            return object.flatMap(o -> o.get("items"))
                            .map(i -> LocalSchemas.resolve(i, doc))
                            .filter(i -> file(i) || scalar(i))
                            .isPresent()
                    ? Kind.LIST
                    : Kind.OTHER;
        }
        List<LocatedNode> branches = object.flatMap(o -> o.array("anyOf").or(() -> o.array("oneOf")))
                .map(LocatedArray::items)
                .orElse(List.of());
        if (!branches.isEmpty()
                && depth < 4
                && branches.stream()
                        .map(b -> kind(b, doc, depth + 1))
                        .allMatch(k -> k == Kind.FILE || k == Kind.LIST)) {
            return Kind.LIST; // OpenAI's image: a file or files, one part per file
        }
        return scalar(schema) ? Kind.SCALAR : Kind.OTHER;
    }

    private static boolean file(LocatedNode schema) {
        return schema.asObject()
                .filter(o -> o.text("format").filter("binary"::equals).isPresent() || o.has("contentMediaType"))
                .isPresent();
    }

    private static boolean scalar(LocatedNode schema) {
        Optional<LocatedObject> o = schema.asObject();
        return o.flatMap(s -> s.text("type"))
                        .filter(t -> List.of("string", "number", "integer", "boolean")
                                .contains(t))
                        .isPresent()
                || o.filter(s -> s.has("enum") && !s.has("type")).isPresent();
    }
}
