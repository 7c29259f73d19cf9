package dev.pictor.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ClasspathResourceLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.MetaSchemaIdResolver;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaIdResolver;
import com.networknt.schema.resource.SchemaLoader;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.schema.OpenApiNullable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * The reference JSON Schema validator (networknt), configured so that it can only ever read the meta-schemas bundled
 * in its jar and the schema fragments handed to it: no network, no file system.
 */
public final class ReferenceValidator {

    /** The base IRI under which documents of a schemas root are known to networknt; relative {@code $ref}s resolve in it. */
    public static final String ROOT_IRI = "pictor-root:/";

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer)
            .thenComparing(Violation::keyword)
            .thenComparing(Violation::message);

    /** Where the OpenAPI meta-schemas are published, and where this jar bundles them (never fetched). */
    private static final String OPENAPI_SCHEMAS = "https://spec.openapis.org/oas/";

    /** OpenAPI 3.0's Reference Object, in the bundled document whose Schema Object the dialect names. */
    private static final String OPENAPI_3_0_REFERENCE =
            OPENAPI_SCHEMAS + "3.0/schema/2019-04-02#/definitions/Reference";

    private static final String BUNDLED_OPENAPI_SCHEMAS = "classpath:dev/pictor/core/meta/json-schema/oas/";

    /**
     * One registry per dialect, and per reading of {@code format} (index 0 annotation, 1 assertion); all made at once,
     * so that a validator shared by threads (the emulator's) is only ever read.
     */
    private final List<Map<Dialect, SchemaRegistry>> registries =
            List.of(new EnumMap<>(Dialect.class), new EnumMap<>(Dialect.class));

    /** How {@code format} is read when a call does not say. */
    private final boolean assertFormats;

    /** @param fragments shared schema files by their root-relative path, the only files a {@code $ref} may reach */
    public ReferenceValidator(Map<String, String> fragments) {
        this(fragments, false);
    }

    /**
     * @param fragments     shared schema files by their root-relative path, the only files a {@code $ref} may reach
     * @param assertFormats whether {@code format} is checked (networknt's format assertions, as for a model document
     *                      with {@code "formats": "assert"}) rather than an annotation
     */
    public ReferenceValidator(Map<String, String> fragments, boolean assertFormats) {
        this(fragments, uri -> Optional.empty(), assertFormats);
    }

    /**
     * @param fragments     shared schema files by their root-relative path, the only files a {@code $ref} may reach
     * @param filesByUri    the shared file an absolute URI names (a prefix {@code pictor-root.json} maps, an
     *                      {@code $id} a shared file declares), as generation resolves it; empty for any other URI
     * @param assertFormats whether {@code format} is checked rather than an annotation
     */
    private ReferenceValidator(
            Map<String, String> fragments, Function<String, Optional<String>> filesByUri, boolean assertFormats) {
        SchemaLoader loader = loader(fragments, filesByUri);
        for (Dialect dialect : Dialect.values()) {
            registries.get(0).put(dialect, registry(networkntDialect(dialect), loader, false));
            registries.get(1).put(dialect, registry(networkntDialect(dialect), loader, true));
        }
        this.assertFormats = assertFormats;
    }

    public ReferenceValidator() {
        this(Map.of());
    }

    /**
     * A validator that reaches the shared schema files of {@code schemas}, and nothing else: by their path, by a URI
     * under a prefix the root's {@code pictor-root.json} maps to their folder, or by the {@code $id} a file declares
     * at its top.
     */
    public static ReferenceValidator forSchemas(SchemaSet schemas) {
        Map<String, String> fragments = new TreeMap<>();
        Map<String, String> declared = new TreeMap<>();
        schemas.fragments().forEach((file, node) -> {
            JsonNode json = node.toJackson();
            fragments.put(file, json.toString());
            JsonNode id = json.path("$id");
            if (id.isTextual()) {
                declared.putIfAbsent(RootUris.withoutFragment(id.textValue()), file);
            }
        });
        RootUris uris = schemas.uris();
        Function<String, Optional<String>> filesByUri =
                uri -> uris.fileOf(uri).filter(fragments::containsKey).or(() -> Optional.ofNullable(declared.get(uri)));
        return new ReferenceValidator(fragments, filesByUri, false);
    }

    private static SchemaLoader loader(Map<String, String> fragments, Function<String, Optional<String>> filesByUri) {
        ResourceLoader onlyFragments = iri -> {
            String text = iri.toString();
            String file = text.startsWith(ROOT_IRI)
                    ? text.substring(ROOT_IRI.length())
                    : filesByUri.apply(RootUris.withoutFragment(text)).orElse(null);
            if (file == null) {
                return null;
            }
            String content = fragments.get(file);
            if (content == null) {
                return null;
            }
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            InputStreamSource source = () -> new ByteArrayInputStream(bytes);
            return source;
        };
        SchemaIdResolver bundledOpenApi = iri -> iri.toString().startsWith(OPENAPI_SCHEMAS)
                ? AbsoluteIri.of(BUNDLED_OPENAPI_SCHEMAS + iri.toString().substring(OPENAPI_SCHEMAS.length()))
                : null;
        return new SchemaLoader(
                List.of(MetaSchemaIdResolver.getInstance(), bundledOpenApi),
                List.of(onlyFragments, ClasspathResourceLoader.getInstance()));
    }

    private static SchemaRegistry registry(
            com.networknt.schema.dialect.Dialect dialect, SchemaLoader loader, boolean assertFormats) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ROOT)
                .formatAssertionsEnabled(assertFormats)
                .regularExpressionFactory(BudgetedRegularExpressions.INSTANCE)
                .build();
        return SchemaRegistry.withDefaultDialect(
                dialect, builder -> builder.schemaLoader(loader).schemaRegistryConfig(config));
    }

    /**
     * Why this validator cannot compile {@code pattern} (the value of a {@code pattern} keyword or the name of a
     * {@code patternProperties} member), or empty when it can: it would throw on the schema instead of validating.
     */
    public static Optional<String> patternError(String pattern) {
        try {
            BudgetedRegularExpressions.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }

    /**
     * Whether {@code value} matches {@code pattern} as this validator reads a {@code pattern} keyword (found anywhere
     * in the value, ECMA-262 style), under {@link PatternBudget}; {@link PatternBudget.Outcome#FOUND} when the
     * pattern does not compile ({@link #patternError} reports that).
     */
    public static PatternBudget.Outcome patternFinds(String pattern, String value) {
        try {
            return PatternBudget.find(BudgetedRegularExpressions.compile(pattern), value);
        } catch (PatternSyntaxException e) {
            return PatternBudget.Outcome.FOUND;
        }
    }

    private SchemaRegistry registry(Dialect dialect) {
        return registry(dialect, assertFormats);
    }

    private SchemaRegistry registry(Dialect dialect, boolean formats) {
        return registries.get(formats ? 1 : 0).get(dialect);
    }

    private static com.networknt.schema.dialect.Dialect networkntDialect(Dialect dialect) {
        return switch (dialect) {
            case DRAFT_2020_12 -> Dialects.getDraft202012();
            case DRAFT_7 -> Dialects.getDraft7();
            case OPENAPI_3_0 -> Dialects.getOpenApi30();
            case OPENAPI_3_1 -> Dialects.getOpenApi31();
        };
    }

    /** The schema as the validator is to read it: OpenAPI 3.0's {@code nullable} written out as Pictor reads it. */
    private static JsonNode asRead(JsonNode schema, Dialect dialect) {
        return dialect == Dialect.OPENAPI_3_0 ? OpenApiNullable.asAnyOf(schema) : schema;
    }

    /**
     * Validates an instance against a schema.
     *
     * @param schemaFile the root-relative file the schema was read from, so that relative {@code $ref}s resolve
     */
    public List<Violation> validate(JsonNode schema, Dialect dialect, String schemaFile, JsonNode instance) {
        return validate(schema, dialect, assertFormats, schemaFile, instance);
    }

    /**
     * Validates an instance against a schema, reading {@code format} as the model document says ({@code "formats":
     * "assert"} or not), as its generated validator does.
     *
     * @param schemaFile the root-relative file the schema was read from, so that relative {@code $ref}s resolve
     */
    public List<Violation> validate(
            JsonNode schema, Dialect dialect, boolean formats, String schemaFile, JsonNode instance) {
        SchemaLocation location = SchemaLocation.of(ROOT_IRI + schemaFile);
        Schema compiled = registry(dialect, formats).getSchema(location, asRead(schema, dialect));
        List<Violation> violations = new ArrayList<>();
        for (Error e : compiled.validate(instance)) {
            SchemaLocation at = e.getSchemaLocation();
            String schemaPointer = at != null && location.getAbsoluteIri().equals(at.getAbsoluteIri())
                    ? pointer(at.getFragment())
                    : "";
            if (dialect == Dialect.OPENAPI_3_0) {
                schemaPointer = OpenApiNullable.writtenPointer(schema, schemaPointer);
            }
            violations.add(new Violation(
                    pointer(e.getInstanceLocation()), String.valueOf(e.getKeyword()), e.getMessage(), schemaPointer));
        }
        violations.sort(ORDER);
        return violations;
    }

    /**
     * {@link #validate(JsonNode, Dialect, boolean, String, JsonNode)}, with the patterns that took more steps than
     * {@link PatternBudget} allows on the instance (each counted as no match, so the violations are not to be trusted
     * when there are any).
     */
    public Validation validateBounded(
            JsonNode schema, Dialect dialect, boolean formats, String schemaFile, JsonNode instance) {
        BudgetedRegularExpressions.Recorded<List<Violation>> run =
                BudgetedRegularExpressions.recording(() -> validate(schema, dialect, formats, schemaFile, instance));
        return new Validation(run.result(), run.tooCostly());
    }

    /**
     * Validates a schema against its dialect's meta-schema. An OpenAPI 3.0 Schema Object has no {@code $defs}; the
     * components a Pictor document keeps there (as the Cog importer copies them) are each checked as a Schema Object
     * of their own, and their violations located under {@code /$defs/NAME}. The root and each of those components is
     * a value of {@code components.schemas}, which OpenAPI 3.0 allows to be a Reference Object instead
     * ({@code {"$ref": "#/components/schemas/ModelOutput", "title": "Output"}}, as Cog writes an output that is a
     * model); one with {@code $ref} is checked as that.
     */
    public List<Violation> validateSchema(JsonNode schema, Dialect dialect) {
        Schema meta = registry(dialect).getSchema(SchemaLocation.of(dialect.uri()));
        if (dialect != Dialect.OPENAPI_3_0) {
            return convert(meta.validate(schema));
        }
        Schema reference = registry(dialect).getSchema(SchemaLocation.of(OPENAPI_3_0_REFERENCE));
        if (!(schema instanceof ObjectNode object) || !object.has("$defs")) {
            return convert((schema.has("$ref") ? reference : meta).validate(schema));
        }
        ObjectNode root = object.deepCopy();
        JsonNode defs = root.remove("$defs");
        List<Violation> out = new ArrayList<>(convert((root.has("$ref") ? reference : meta).validate(root)));
        if (!defs.isObject()) {
            out.add(new Violation(
                    "/$defs",
                    "$defs",
                    "$defs: " + defs.getNodeType().name().toLowerCase(Locale.ROOT) + " found, object expected"));
        }
        defs.fields().forEachRemaining(def -> {
            String at = JsonPointer.append("/$defs", def.getKey());
            Schema component = def.getValue().has("$ref") ? reference : meta;
            for (Violation v : convert(component.validate(def.getValue()))) {
                out.add(new Violation(at + v.pointer(), v.keyword(), v.message()));
            }
        });
        out.sort(ORDER);
        return out;
    }

    /** Compiles a schema once, for validating many instances (the emulator, the differential tests). */
    public Schema compile(JsonNode schema, Dialect dialect, String schemaFile) {
        return registry(dialect).getSchema(SchemaLocation.of(ROOT_IRI + schemaFile), asRead(schema, dialect));
    }

    /** Validates a JSON text against a schema read from a JSON text; for callers that hold text, not trees. */
    public List<Violation> validateText(Schema schema, String instance) {
        return convert(schema.validate(instance, InputFormat.JSON));
    }

    public static List<Violation> convert(List<Error> errors) {
        List<Violation> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(new Violation(pointer(e.getInstanceLocation()), String.valueOf(e.getKeyword()), e.getMessage()));
        }
        out.sort(ORDER);
        return out;
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? JsonPointer.append(pointer, index)
                    : JsonPointer.append(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
