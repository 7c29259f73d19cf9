package dev.pictor.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaNames;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Emits a model's adapter, the runtime's {@code ModelAdapter}: {@code <Base>Adapter} in the model's package, rendered
 * from the Mustache template of its provider's transport kind ({@link AdapterTemplates}). The adapter holds the facts
 * of its model only (model id, provider, model path, media type, where the images of a result are) and extends the
 * runtime's {@code BinaryImageAdapter} or {@code JsonRecordAdapter}, which encode requests, decode replies and read
 * images; the runtime's transport of that kind does the HTTP. A provider whose transport kind the runtime does not
 * know gets an abstract adapter that also implements {@code SelfTransport}, with {@code send} left to the user; it is
 * not registered as a service (it cannot be instantiated), the user's subclass is.
 *
 * <p>The template sees exactly the values of {@link #context(LinkedModel)}; docs/adapter-templates.md lists them.
 */
public final class AdapterEmitter {

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
        return ClassName.get(model.javaPackage(), JavaNames.adapterName(model.baseName()));
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
     * Renders the adapter of {@code model} with {@code templates}: once to read off the types it names, and again with
     * their imports ({@link AdapterImports}).
     *
     * @throws TemplateException     when the template fails, or renders no class of the adapter's name
     * @throws IllegalStateException when the model was linked without its provider document
     */
    public static Source emit(LinkedModel model, AdapterTemplates templates) throws TemplateException {
        return emit(model, templates, templateName(model));
    }

    /** Renders the adapter of {@code model} from {@code template}, whatever its transport kind. */
    static Source emit(LinkedModel model, AdapterTemplates templates, String template) throws TemplateException {
        Map<String, Object> context = context(model);
        context.put("imports", AdapterImports.of(templates.render(template, context)));
        String text = templates.render(template, context);
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
     * The values an adapter template sees (docs/adapter-templates.md describes each). Text meant for code is a Java
     * literal ({@code ...Literal}, quotes included) or expression, text meant for Javadoc is escaped for it
     * ({@code ...Doc}); names are Java identifiers. The same model gives the same context on every machine;
     * {@code imports} is empty here, {@link #emit} fills it in from what the template renders.
     */
    public static Map<String, Object> context(LinkedModel model) {
        LinkedProvider provider = provider(model);
        boolean binary = model.result() instanceof ResultShape.BinaryImage;
        List<Map<String, Object>> images = binary ? List.of() : images(model);

        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sourceFile", JavadocText.lineComment(model.file()));
        c.put("package", model.javaPackage());
        c.put("className", className(model).simpleName());
        c.put("baseClass", binary ? "BinaryImageAdapter" : "JsonRecordAdapter");
        c.put("requestClass", model.request().simpleName());
        c.put("resultClass", resultType(model).simpleName());
        c.put("validatorClass", JavaNames.validatorName(model.request().simpleName()));
        c.put("imports", List.of());
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
        AdapterProviderFacts.put(provider, p);
        c.put("provider", p);

        c.put("binaryImage", binary);
        c.put("json", !binary);
        if (model.result() instanceof ResultShape.BinaryImage image) {
            c.put("mediaTypeLiteral", literal(image.mediaType()));
            c.put("mediaTypeDoc", JavadocText.escape(image.mediaType()));
        }
        c.put("images", images);
        c.put("hasImages", !images.isEmpty());
        c.put("operation", AdapterOperationFacts.of(model));
        return c;
    }

    private static LinkedProvider provider(LinkedModel model) {
        return model.providerInfo()
                .orElseThrow(() -> new IllegalStateException(
                        model.modelId() + " was linked without its provider document; an adapter needs the provider"));
    }

    /** One step from a record to a value: the record's accessor, then {@code lists} levels of list around it. */
    private record Step(String accessor, int lists) {}

    /**
     * Every place of a JSON response that holds an image (a base64 string, a data URI or a URL), through lists and
     * nested records, in declared order; a record met again inside itself is not entered twice.
     */
    private static List<Map<String, Object>> images(LinkedModel model) {
        List<Map<String, Object>> out = new ArrayList<>();
        JavaType root = ((ResultShape.Json) model.result()).type();
        if (root instanceof JavaType.RecordRef ref) {
            walk(model, ref.simpleName(), List.of(), "", new LinkedHashSet<>(), out);
        }
        return out;
    }

    private static void walk(
            LinkedModel model,
            String recordName,
            List<Step> steps,
            String path,
            Set<String> entered,
            List<Map<String, Object>> out) {
        RecordDecl record = model.record(recordName)
                .orElseThrow(() -> new IllegalStateException(
                        "record " + recordName + " of " + model.modelId() + " was not generated"));
        entered.add(recordName);
        for (FieldDecl field : record.fields()) {
            String at = record.wrapper() ? path : path + "/" + pointerSegment(field.wireName());
            String nodeId = field.nodeId();
            JavaType type = field.type();
            int lists = 0;
            while (type instanceof JavaType.ListOf list) {
                lists++;
                at += "/*";
                nodeId = items(model, nodeId).orElse(null);
                type = list.item();
            }
            List<Step> to = new ArrayList<>(steps);
            to.add(new Step(field.javaName(), lists));
            if (type instanceof JavaType.Text text) {
                out.add(image(text.kind(), to, at, mediaType(model, nodeId)));
            } else if (type instanceof JavaType.RecordRef nested && !entered.contains(nested.simpleName())) {
                walk(model, nested.simpleName(), to, at, new LinkedHashSet<>(entered), out);
            }
        }
    }

    private static Map<String, Object> image(
            JavaType.TextKind kind, List<Step> steps, String path, Optional<String> mediaType) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("base64", kind == JavaType.TextKind.BASE64_IMAGE);
        image.put("dataUri", kind == JavaType.TextKind.DATA_URI);
        image.put("uri", kind == JavaType.TextKind.URI);
        image.put("pathDoc", JavadocText.escape(path.isEmpty() ? "/" : path));
        String declared = mediaType.map(m -> ", " + literal(m)).orElse("");
        UnaryOperator<String> found = switch (kind) {
            case BASE64_IMAGE -> value -> "found.base64(" + value + declared + ");";
            case DATA_URI -> value -> "found.dataUri(" + value + ");";
            case URI -> value -> "found.url(" + value + ");";
        };
        image.put("find", find(steps, found));
        return image;
    }

    /**
     * The statements of {@code findImages} that name the images at the end of {@code steps}, from {@code result}: a
     * plain {@code if} around each value that may be absent, a {@code for} through each list.
     *
     * @param found the call that names one image, given the image
     */
    private static String find(List<Step> steps, UnaryOperator<String> found) {
        List<String> lines = new ArrayList<>();
        String value = "result";
        int depth = 0;
        int items = 0;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            value = value + "." + step.accessor() + "()";
            lines.add(indent(depth++) + "if (" + value + " != null) {");
            for (int l = 0; l < step.lists(); l++) {
                boolean last = s == steps.size() - 1 && l == step.lists() - 1;
                String item = JavaNames.loopVariable(last ? 0 : ++items);
                lines.add(indent(depth++) + "for (var " + item + " : " + value + ") {");
                value = item;
            }
        }
        lines.add(indent(depth) + found.apply(value));
        while (depth > 0) {
            lines.add(indent(--depth) + "}");
        }
        return String.join("\n", lines);
    }

    /** The indentation of a statement {@code depth} blocks deep in a method body. */
    private static String indent(int depth) {
        return " ".repeat(8 + 4 * depth);
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

    /** {@code s} as a Java string literal, quotes included. */
    static String literal(String s) {
        return StringLiterals.text(s);
    }
}
