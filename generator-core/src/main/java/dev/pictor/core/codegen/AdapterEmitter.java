package dev.pictor.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.LinkedProvider;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.ResultShape;
import dev.pictor.core.link.SchemaNode;
import dev.pictor.core.schema.SchemaRefs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Emits a model's adapter, the runtime's {@code ModelAdapter}: {@code <Base>Adapter} in the model's package, rendered
 * from the Mustache template of its provider's transport kind ({@link AdapterTemplates}). It holds the model id, the
 * provider's endpoint ({@code ProviderInfo} and {@code modelPath()}), encodes requests and decodes replies, and lists
 * the images of a result; the runtime's transport of that kind does the HTTP. A provider whose transport kind the
 * runtime does not know gets an abstract adapter that also implements {@code SelfTransport}, with {@code send} left
 * to the user; it is not registered as a service (it cannot be instantiated), the user's subclass is.
 *
 * <p>The template sees exactly the values of {@link #context(LinkedModel)}; README.md lists them.
 */
public final class AdapterEmitter {

    private static final String RUNTIME = "dev.pictor.runtime.";

    private AdapterEmitter() {}

    /**
     * One rendered adapter.
     *
     * @param path    the source file, relative to the source folder, with {@code /}
     * @param content the Java source: {@code \n} line ends, a final line end
     */
    public record Source(String path, String content) {}

    /** The adapter's class name: {@code <Base>Adapter} in the model's package, a name the Linker reserves for it. */
    public static ClassName className(LinkedModel model) {
        return ClassName.get(model.javaPackage(), model.baseName() + "Adapter");
    }

    /**
     * Whether the adapter is registered as a {@code dev.pictor.runtime.ModelBinding} service: a concrete adapter, of a
     * transport kind the runtime knows. The abstract adapter of another kind is not; the user registers a subclass.
     */
    public static boolean registered(LinkedModel model) {
        return AdapterTemplates.KNOWN_TRANSPORTS.contains(provider(model).transport());
    }

    /** The template the adapter of {@code model} is rendered from. */
    public static String templateName(LinkedModel model) {
        return AdapterTemplates.templateName(provider(model).transport());
    }

    /**
     * What names the model to its transport, {@code modelPath()} of the adapter: Cloudflare's model id
     * ({@code @cf/...}, appended to the base URL); Replicate's version id (the document's {@code providerVersion},
     * else the model id {@code owner/name} for the model's own predictions endpoint); empty for RunPod, whose endpoint
     * (a placeholder of the base URL) is the model; for a JSON gateway, and a transport the runtime does not know,
     * the model id (the gateway's path under the base URL).
     */
    public static String modelPath(LinkedModel model) {
        return switch (provider(model).transport()) {
            case "replicate-predictions" -> model.providerVersion().orElse(model.modelId());
            case "runpod-serverless" -> "";
            default -> model.modelId();
        };
    }

    /**
     * The class a model's result is read into: the runtime's {@code ImageResult} for an image in the response body,
     * otherwise the generated response record. The adapter's {@code O}, and the type argument of the
     * {@code PictorRequest} the request record implements.
     *
     * @throws IllegalStateException when the linked result is not a class (an adapter needs a {@code Class<O>})
     */
    public static ClassName resultType(LinkedModel model) {
        if (model.result() instanceof ResultShape.BinaryImage) {
            return RuntimeTypes.IMAGE_RESULT;
        }
        ResultShape.Json json = (ResultShape.Json) model.result();
        TypeName type = JavaTypes.of(json.type(), model.javaPackage());
        if (type instanceof ClassName name) {
            return name;
        }
        throw new IllegalStateException("the response of " + model.modelId() + " is linked to " + type
                + ", which is not a class; an adapter needs one");
    }

    /**
     * Renders the adapter of {@code model} with {@code templates}.
     *
     * @throws TemplateException     when the template fails, or renders no class of the adapter's name
     * @throws IllegalStateException when the model was linked without its provider document
     */
    public static Source emit(LinkedModel model, AdapterTemplates templates) throws TemplateException {
        String template = templateName(model);
        String text = templates.render(template, context(model));
        ClassName name = className(model);
        boolean declares = Pattern.compile("(?m)^package\\s+" + Pattern.quote(name.packageName()) + "\\s*;")
                        .matcher(text)
                        .find()
                && Pattern.compile("\\b(class|record|interface)\\s+" + Pattern.quote(name.simpleName()) + "\\b")
                        .matcher(text)
                        .find();
        if (!declares) {
            throw new TemplateException(
                    SourceLocation.startOf(templates.location(template)),
                    !templates.overridden(template),
                    "the adapter of " + model.modelId() + " must be class "
                            + name.simpleName() + " in package " + name.packageName()
                            + " (the file's name, and the name "
                            + "the service registration uses), but the template rendered no such declaration");
        }
        return new Source(name.packageName().replace('.', '/') + "/" + name.simpleName() + ".java", text);
    }

    /**
     * The values an adapter template sees (README.md, "Adapter templates", describes each). Text meant for code is a
     * Java literal ({@code ...Literal}, quotes included) or expression, text meant for Javadoc is escaped for it
     * ({@code ...Doc}); names are Java identifiers. The same model gives the same context on every machine.
     */
    public static Map<String, Object> context(LinkedModel model) {
        LinkedProvider provider = provider(model);
        boolean binary = model.result() instanceof ResultShape.BinaryImage;
        List<Map<String, Object>> images = binary ? List.of() : images(model);
        boolean known = AdapterTemplates.KNOWN_TRANSPORTS.contains(provider.transport());

        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sourceFile", model.file().replaceAll("[\\r\\n]", " "));
        c.put("package", model.javaPackage());
        c.put("className", className(model).simpleName());
        c.put("requestClass", model.request().simpleName());
        c.put("resultClass", resultType(model).simpleName());
        c.put("validatorClass", model.request().simpleName() + "Validator");
        c.put("imports", List.copyOf(imports(model.result(), images, known)));
        c.put("transport", provider.transport());
        c.put("providerId", model.provider());
        c.put("modelIdLiteral", literal(model.modelId()));
        c.put("modelIdDoc", JavadocText.escape(model.modelId()));
        c.put("versionLiteral", literal(model.version()));
        c.put("versionDoc", JavadocText.escape(model.version()));
        LocalDate snapshot = model.snapshot();
        c.put("snapshotYear", snapshot.getYear());
        c.put("snapshotMonth", snapshot.getMonthValue());
        c.put("snapshotDay", snapshot.getDayOfMonth());
        c.put("snapshotDoc", snapshot.toString());
        String modelPath = modelPath(model);
        c.put("modelPathLiteral", literal(modelPath));
        c.put("modelPathDoc", JavadocText.escape(modelPath));

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("idLiteral", literal(provider.id()));
        p.put("transportLiteral", literal(provider.transport()));
        p.put("baseUrlLiteral", literal(provider.baseUrl()));
        p.put("baseUrlDoc", JavadocText.escape(provider.baseUrl()));
        p.put("placeholdersExpression", placeholders(provider.placeholders()));
        p.put("authSchemeLiteral", literal(provider.authScheme()));
        p.put("authHeaderLiteral", literal(provider.authHeader()));
        p.put("tokenEnvLiteral", literal(provider.tokenEnv()));
        p.put("tokenEnvDoc", JavadocText.escape(provider.tokenEnv()));
        c.put("provider", p);

        c.put("binaryImage", binary);
        c.put("json", !binary);
        if (model.result() instanceof ResultShape.BinaryImage image) {
            c.put("mediaTypeLiteral", literal(image.mediaType()));
            c.put("mediaTypeDoc", JavadocText.escape(image.mediaType()));
            c.put("checkMediaType", checksMediaType(image));
        }
        c.put("images", images);
        c.put("hasImages", !images.isEmpty());
        c.put("anyBase64", images.stream().anyMatch(i -> Boolean.TRUE.equals(i.get("base64"))));
        return c;
    }

    /** A reply's media type is checked unless the schema names none ({@code application/octet-stream}). */
    private static boolean checksMediaType(ResultShape.BinaryImage image) {
        return !image.mediaType().equalsIgnoreCase("application/octet-stream");
    }

    private static LinkedProvider provider(LinkedModel model) {
        return model.providerInfo()
                .orElseThrow(() -> new IllegalStateException(
                        model.modelId() + " was linked without its provider document; an adapter needs the provider"));
    }

    /** What the built-in templates import, sorted. */
    private static Set<String> imports(ResultShape result, List<Map<String, Object>> images, boolean known) {
        Set<String> imports = new TreeSet<>(List.of(
                RUNTIME + "ImageResult",
                RUNTIME + "ModelId",
                RUNTIME + "json.PictorJson",
                RUNTIME + "transport.ImageFetcher",
                RUNTIME + "transport.ModelAdapter",
                RUNTIME + "transport.ProviderInfo",
                RUNTIME + "transport.Reply",
                RUNTIME + "validation.Violation",
                "java.io.IOException",
                "java.time.LocalDate",
                "java.util.List",
                "java.util.Map",
                "java.util.Objects"));
        if (!known) {
            imports.add(RUNTIME + "transport.CallContext");
            imports.add(RUNTIME + "transport.SelfTransport");
        }
        if (result instanceof ResultShape.BinaryImage image && checksMediaType(image)) {
            imports.add("java.util.Locale");
        }
        if (!images.isEmpty()) {
            imports.add("java.util.ArrayList");
            imports.add("java.util.stream.Stream");
        }
        for (Map<String, Object> image : images) {
            if (Boolean.TRUE.equals(image.get("base64"))) {
                imports.add(RUNTIME + "Base64Image");
                imports.add(RUNTIME + "ImageBytes");
                imports.add("java.util.Locale");
            } else if (Boolean.TRUE.equals(image.get("dataUri"))) {
                imports.add(RUNTIME + "DataUri");
            } else {
                imports.add("java.net.URI");
            }
        }
        return imports;
    }

    /**
     * Every place of a JSON response that holds an image (a base64 string, a data URI or a URL), through lists and
     * nested records, in declared order; a record met again inside itself is not entered twice.
     */
    private static List<Map<String, Object>> images(LinkedModel model) {
        List<Map<String, Object>> out = new ArrayList<>();
        JavaType root = ((ResultShape.Json) model.result()).type();
        if (root instanceof JavaType.RecordRef ref) {
            walk(model, ref.simpleName(), "Stream.of(result)", "", new LinkedHashSet<>(), out);
        }
        return out;
    }

    private static void walk(
            LinkedModel model,
            String recordName,
            String stream,
            String path,
            Set<String> entered,
            List<Map<String, Object>> out) {
        RecordDecl record = model.record(recordName)
                .orElseThrow(() -> new IllegalStateException(
                        "record " + recordName + " of " + model.modelId() + " was not generated"));
        entered.add(recordName);
        for (FieldDecl field : record.fields()) {
            String values = stream + ".map(" + recordName + "::" + field.javaName() + ").filter(Objects::nonNull)";
            String at = record.wrapper() ? path : path + "/" + pointerSegment(field.wireName());
            String nodeId = field.nodeId();
            JavaType type = field.type();
            while (type instanceof JavaType.ListOf list) {
                values += ".flatMap(List::stream)";
                at += "/*";
                nodeId = items(model, nodeId).orElse(null);
                type = list.item();
            }
            if (type instanceof JavaType.Text text) {
                out.add(image(text.kind(), values + ".toList()", at, mediaType(model, nodeId)));
            } else if (type instanceof JavaType.RecordRef nested && !entered.contains(nested.simpleName())) {
                walk(model, nested.simpleName(), values, at, new LinkedHashSet<>(entered), out);
            }
        }
    }

    private static Map<String, Object> image(
            JavaType.TextKind kind, String values, String path, Optional<String> mediaType) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put(
                "javaType",
                switch (kind) {
                    case BASE64_IMAGE -> "Base64Image";
                    case DATA_URI -> "DataUri";
                    case URI -> "URI";
                });
        image.put("base64", kind == JavaType.TextKind.BASE64_IMAGE);
        image.put("dataUri", kind == JavaType.TextKind.DATA_URI);
        image.put("uri", kind == JavaType.TextKind.URI);
        image.put("values", values);
        image.put("pathDoc", JavadocText.escape(path.isEmpty() ? "/" : path));
        image.put(
                "declaredMediaTypeLiteral",
                mediaType.map(AdapterEmitter::literal).orElse("null"));
        return image;
    }

    /** The schema node of an array's items, through {@code $ref}s. */
    private static Optional<String> items(LinkedModel model, String nodeId) {
        SchemaNode node = deref(model, nodeId);
        return node == null ? Optional.empty() : node.items();
    }

    /** The media type a string schema declares, through {@code $ref}s. */
    private static Optional<String> mediaType(LinkedModel model, String nodeId) {
        SchemaNode node = deref(model, nodeId);
        return node == null
                ? Optional.empty()
                : node.mediaType().filter(m -> !m.isBlank()).map(String::strip);
    }

    /** The node, or the first along its {@code $ref} chain that says what the adapter asks of it. */
    private static SchemaNode deref(LinkedModel model, String nodeId) {
        if (nodeId == null || !model.nodes().containsKey(nodeId)) {
            return null;
        }
        List<SchemaNode> chain = SchemaRefs.chain(
                model.node(nodeId),
                node -> node.mediaType().isEmpty() && node.items().isEmpty()
                        ? node.ref().filter(model.nodes()::containsKey).map(model::node)
                        : Optional.empty());
        return chain.get(chain.size() - 1);
    }

    /** {@code Map.of(name, env, ...)}, or {@code Map.ofEntries(...)} past the ten pairs {@code Map.of} takes. */
    private static String placeholders(Map<String, String> placeholders) {
        List<String> pairs = new ArrayList<>();
        placeholders.forEach((name, env) -> pairs.add(
                placeholders.size() <= 10
                        ? literal(name) + ", " + literal(env)
                        : "Map.entry(" + literal(name) + ", " + literal(env) + ")"));
        return (placeholders.size() <= 10 ? "Map.of(" : "Map.ofEntries(") + String.join(", ", pairs) + ")";
    }

    private static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * {@code s} as a Java string literal, quotes included. Line terminators are written as {@code \n} and
     * {@code \r}, never as unicode escapes, which javac would turn back into line ends before reading the literal.
     */
    static String literal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == 0x7F || ch == '\u2028' || ch == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
