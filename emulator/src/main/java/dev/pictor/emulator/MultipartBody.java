package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the parts of a {@code multipart/form-data} body back together as the JSON body the operation's schema
 * describes, part by part as each member's layout says ({@link Operation.Layout}: the model document's
 * {@code encoding}, else the default for the member's schema), and refuses what the provider would: a part no member
 * lays out, a member sent twice where it is one part, a file part that is not an image of its content type, a
 * required member missing. A file becomes a string naming its size and type in the JSON, which the input schema then
 * validates as the string it is.
 */
final class MultipartBody {

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private final SchemaView view;
    private final JsonNode schema;
    private final Map<String, JsonNode> members;
    private final Map<String, Operation.PartEncoding> encoding;

    /** A part the provider refuses; {@code part} names it as sent (or as it should have been sent). */
    static final class Refused extends Exception {
        private final String part;

        Refused(String part, String message) {
            super("part " + part + ": " + message);
            this.part = part;
        }

        String part() {
            return part;
        }
    }

    /**
     * @param view     resolves the {@code $ref}s of the input schema
     * @param schema   the body's schema
     * @param encoding the operation's encoding, by member
     */
    MultipartBody(SchemaView view, JsonNode schema, Map<String, Operation.PartEncoding> encoding) {
        this.view = view;
        this.schema = schema;
        this.members = view.properties(schema);
        this.encoding = encoding;
    }

    /** The layout of a member: the document's encoding, else its schema's default. */
    Operation.Layout layout(String member) {
        Operation.PartEncoding given = encoding.get(member);
        if (given != null) {
            return given.layout();
        }
        JsonNode s = members.getOrDefault(member, Wire.object());
        if (view.isFile(s)) {
            return Operation.Layout.FILE;
        }
        JsonNode items = view.arrayItems(s);
        if (items != null && (view.isScalar(items) || view.isFile(items))) {
            return Operation.Layout.REPEAT;
        }
        return view.isScalar(s) ? Operation.Layout.TEXT : Operation.Layout.JSON;
    }

    /** The JSON body the parts stand for. */
    ObjectNode assemble(List<Multipart.Part> parts) throws Refused {
        Map<String, List<Multipart.Part>> byName = new LinkedHashMap<>();
        for (Multipart.Part p : parts) {
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
        }
        Set<String> claimed = new LinkedHashSet<>();
        ObjectNode body = Wire.object();
        for (Map.Entry<String, JsonNode> m : members.entrySet()) {
            String member = m.getKey();
            JsonNode memberSchema = m.getValue();
            Operation.Layout layout = layout(member);
            JsonNode value = switch (layout) {
                case TEXT ->
                    one(byName, member, claimed)
                            .map(p -> TextValues.convert(p.text(), memberSchema, view))
                            .orElse(null);
                case FILE ->
                    one(byName, member, claimed).map(p -> file(p, member)).orElse(null);
                case JSON -> json(one(byName, member, claimed), member);
                case REPEAT, REPEAT_BRACKETS ->
                    repeated(byName, member, layout == Operation.Layout.REPEAT ? member : member + "[]", claimed);
                case BRACKETS -> brackets(byName, member, claimed);
            };
            if (value != null) {
                body.set(member, value);
            }
        }
        for (String name : byName.keySet()) {
            if (!claimed.contains(name)) {
                throw new Refused(
                        name,
                        "the operation's body has no member sent as a part of this name (its parts: "
                                + String.join(", ", expectedNames()) + ")");
            }
        }
        for (String required : view.required(schema)) {
            if (!body.has(required)) {
                throw new Refused(partName("/" + escape(required)), "missing; the operation requires " + required);
            }
        }
        return body;
    }

    /** How each member is sent, for messages: {@code image}, {@code image[]}, {@code text_prompts[i][...]}. */
    private List<String> expectedNames() {
        List<String> names = new ArrayList<>();
        for (String member : members.keySet()) {
            names.add(
                    switch (layout(member)) {
                        case BRACKETS -> member + "[...]";
                        case REPEAT_BRACKETS -> member + "[]";
                        default -> member;
                    });
        }
        return names;
    }

    /** The part a violation at {@code pointer} (inside the body) is about: {@code /text_prompts/0/text} → {@code text_prompts[0][text]}. */
    String partName(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "(body)";
        }
        String[] segments = pointer.substring(1).split("/", -1);
        String member = unescape(segments[0]);
        return switch (members.containsKey(member) ? layout(member) : Operation.Layout.TEXT) {
            case BRACKETS -> {
                StringBuilder name = new StringBuilder(member);
                for (int i = 1; i < segments.length; i++) {
                    name.append('[').append(unescape(segments[i])).append(']');
                }
                yield name.toString();
            }
            case REPEAT_BRACKETS -> member + "[]";
            default -> member;
        };
    }

    private static Optional<Multipart.Part> one(
            Map<String, List<Multipart.Part>> byName, String name, Set<String> claimed) {
        List<Multipart.Part> found = byName.get(name);
        if (found == null) {
            return Optional.empty();
        }
        claimed.add(name);
        if (found.size() > 1) {
            throw new RefusedUnchecked(new Refused(name, "sent " + found.size() + " times; the member is one part"));
        }
        return Optional.of(found.get(0));
    }

    private JsonNode file(Multipart.Part part, String member) {
        Optional<String> declared =
                Optional.ofNullable(encoding.get(member)).flatMap(Operation.PartEncoding::contentType);
        if (declared.isPresent() && !accepts(declared.get(), part.contentType())) {
            throw new RefusedUnchecked(new Refused(
                    part.name(),
                    "its Content-Type is " + part.contentType() + "; the operation takes " + declared.get()));
        }
        Optional<String> problem = ImageCheck.problem(part.bytes(), part.contentType());
        if (problem.isPresent()) {
            throw new RefusedUnchecked(new Refused(part.name(), problem.get()));
        }
        return Wire.object()
                .textNode("<file " + part.filename().orElse("") + " " + part.contentType() + ", " + part.bytes().length
                        + " bytes>");
    }

    /** Whether a part's content type is one of {@code accepted} ({@code image/png, image/jpeg}, {@code image/*}). */
    private static boolean accepts(String accepted, String contentType) {
        for (String one : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String type = one.trim();
            int semi = type.indexOf(';');
            type = semi < 0 ? type : type.substring(0, semi).trim();
            if (type.equals(contentType)
                    || type.equals("*/*")
                    || (type.endsWith("/*") && contentType.startsWith(type.substring(0, type.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(Optional<Multipart.Part> part, String member) {
        if (part.isEmpty()) {
            return null;
        }
        try {
            return Wire.read(part.get().bytes());
        } catch (Wire.MalformedJson e) {
            throw new RefusedUnchecked(
                    new Refused(member, "the member is sent as JSON text, and this is not JSON: " + e.getMessage()));
        }
    }

    private JsonNode repeated(
            Map<String, List<Multipart.Part>> byName, String member, String partName, Set<String> claimed) {
        List<Multipart.Part> found = byName.get(partName);
        if (found == null) {
            return null;
        }
        claimed.add(partName);
        JsonNode memberSchema = members.get(member);
        JsonNode items = view.arrayItems(memberSchema);
        JsonNode itemSchema = items == null ? Wire.object() : items;
        ArrayNode array = Wire.array();
        for (Multipart.Part p : found) {
            array.add(view.isFile(itemSchema) ? file(p, member) : TextValues.convert(p.text(), itemSchema, view));
        }
        // OpenAI's image: one file, or an array of them; one part is the single value where the schema allows one.
        Set<String> types = new LinkedHashSet<>(view.types(memberSchema));
        types.remove("array");
        types.remove("null");
        if (array.size() == 1 && (view.mayBeFile(memberSchema) || !types.isEmpty())) {
            return array.get(0);
        }
        return array;
    }

    /** {@code text_prompts[0][text]}, {@code text_prompts[0][weight]}: one text part per leaf. */
    private JsonNode brackets(Map<String, List<Multipart.Part>> byName, String member, Set<String> claimed) {
        Map<String, Object> tree = new LinkedHashMap<>();
        boolean any = false;
        for (Map.Entry<String, List<Multipart.Part>> e : byName.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(member + "[")) {
                continue;
            }
            String rest = name.substring(member.length());
            Matcher m = BRACKETS.matcher(rest);
            List<String> path = new ArrayList<>();
            int end = 0;
            while (m.find() && m.start() == end) {
                path.add(m.group(1));
                end = m.end();
            }
            if (end != rest.length() || path.isEmpty()) {
                continue; // not this member's bracket path: left unclaimed, refused as unknown
            }
            claimed.add(name);
            if (e.getValue().size() > 1) {
                throw new RefusedUnchecked(
                        new Refused(name, "sent " + e.getValue().size() + " times"));
            }
            put(tree, path, 0, e.getValue().get(0), name);
            any = true;
        }
        if (byName.containsKey(member)) {
            throw new RefusedUnchecked(
                    new Refused(member, "the member is sent as one part per leaf, named " + member + "[0][...]"));
        }
        return any ? build(tree, members.get(member), member) : null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> path, int i, Multipart.Part part, String name) {
        String key = path.get(i);
        if (i == path.size() - 1) {
            if (tree.containsKey(key)) {
                throw new RefusedUnchecked(new Refused(name, "sent as a value and as a branch"));
            }
            tree.put(key, part);
            return;
        }
        Object child = tree.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        if (!(child instanceof Map)) {
            throw new RefusedUnchecked(new Refused(name, "sent as a value and as a branch"));
        }
        put((Map<String, Object>) child, path, i + 1, part, name);
    }

    @SuppressWarnings("unchecked")
    private JsonNode build(Object node, JsonNode nodeSchema, String name) {
        if (node instanceof Multipart.Part part) {
            return TextValues.convert(part.text(), nodeSchema, view);
        }
        Map<String, Object> tree = (Map<String, Object>) node;
        JsonNode items = view.arrayItems(nodeSchema);
        if (items != null && tree.keySet().stream().allMatch(k -> k.matches("0|[1-9][0-9]{0,5}"))) {
            ArrayNode array = Wire.array();
            for (int i = 0; i < tree.size(); i++) {
                Object child = tree.get(Integer.toString(i));
                if (child == null) {
                    throw new RefusedUnchecked(new Refused(
                            name + "[" + i + "]", "missing; the indexes of " + name + " run from 0 without a gap"));
                }
                array.add(build(child, items, name + "[" + i + "]"));
            }
            return array;
        }
        Map<String, JsonNode> properties = view.properties(nodeSchema);
        ObjectNode object = Wire.object();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            JsonNode childSchema = properties.getOrDefault(e.getKey(), Wire.object());
            object.set(e.getKey(), build(e.getValue(), childSchema, name + "[" + e.getKey() + "]"));
        }
        return object;
    }

    /** Carries a {@link Refused} out of the lambdas and switch arms above; unwrapped by {@link #read}. */
    static final class RefusedUnchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refused refused;

        RefusedUnchecked(Refused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    /** Parses and assembles a body: the JSON it stands for, or why the provider refuses it. */
    static ObjectNode read(
            byte[] body,
            String contentType,
            SchemaView view,
            JsonNode schema,
            Map<String, Operation.PartEncoding> encoding)
            throws Refused, Multipart.Malformed {
        List<Multipart.Part> parts = Multipart.parse(body, Multipart.boundary(contentType));
        try {
            return new MultipartBody(view, schema, encoding).assemble(parts);
        } catch (RefusedUnchecked e) {
            throw e.refused;
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
