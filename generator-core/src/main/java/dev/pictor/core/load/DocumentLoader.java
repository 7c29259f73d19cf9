package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.JobFlow;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.Origin;
import dev.pictor.core.model.Placeholder;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.model.Refinement;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.model.SchemaSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a schemas root: {@code <provider>/provider.json} provider documents, {@code *.schema.json} shared schemas
 * (and every {@code *.json} file in a folder that {@code pictor-root.json} maps a URI prefix to), {@code
 * pictor-lint.json} and {@code pictor-root.json} at the root, and every other {@code *.json} file as a model document at
 * {@code <provider>/<model path>/<version>.json}. Each document is checked against its meta-schema and its
 * references; a document with errors is reported and left out of the set, and loading goes on.
 */
public final class DocumentLoader {

    public static final String LINT_CONFIG = "pictor-lint.json";
    public static final String ROOT_CONFIG = "pictor-root.json";
    public static final String PROVIDER_FILE = "provider.json";
    public static final String FRAGMENT_SUFFIX = ".schema.json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");

    private final SchemaRoot root;
    private final Diagnostics diagnostics;
    private final Progress progress;

    private DocumentLoader(SchemaRoot root, Diagnostics diagnostics, Progress progress) {
        this.root = root;
        this.diagnostics = diagnostics;
        this.progress = progress;
    }

    public static SchemaSet load(Path dir, Diagnostics diagnostics) throws SchemaRootException {
        return load(SchemaRoot.open(dir), diagnostics);
    }

    public static SchemaSet load(SchemaRoot root, Diagnostics diagnostics) throws SchemaRootException {
        return load(root, diagnostics, Progress.NONE);
    }

    /** Loads a root, telling {@code progress} after each file read. */
    public static SchemaSet load(SchemaRoot root, Diagnostics diagnostics, Progress progress)
            throws SchemaRootException {
        return new DocumentLoader(root, diagnostics, progress).loadAll();
    }

    private SchemaSet loadAll() throws SchemaRootException {
        List<String> files = root.jsonFiles(diagnostics);
        Map<String, LocatedObject> modelNodes = new TreeMap<>();
        Map<String, ProviderDocument> providers = new TreeMap<>();
        Map<String, LocatedNode> fragments = new TreeMap<>();
        List<RuleOverride> lintRules = new ArrayList<>();
        RootUris uris = files.contains(ROOT_CONFIG) ? readRootConfig() : RootUris.NONE;
        int done = 0;
        for (String file : files) {
            progress.done(++done, files.size());
            if (file.equals(ROOT_CONFIG)) {
                continue; // read first: its mappings decide how the other files are read
            }
            try {
                Optional<LocatedNode> parsed =
                        root.read(file, diagnostics).flatMap(bytes -> LocatedJsonReader.read(file, bytes, diagnostics));
                if (parsed.isEmpty()) {
                    continue;
                }
                LocatedNode node = parsed.get();
                if (file.endsWith(FRAGMENT_SUFFIX) || uris.mapped(file)) {
                    fragments.put(file, node);
                    continue;
                }
                if (!(node instanceof LocatedObject object)) {
                    diagnostics.report(
                            Severity.ERROR,
                            "document.invalid",
                            node,
                            "a document is a JSON object, this is " + article(node.jsonType()),
                            "see schemas/README.md for the document format");
                    continue;
                }
                if (file.equals(LINT_CONFIG)) {
                    readLintConfig(object).ifPresent(lintRules::addAll);
                } else if (file.endsWith("/" + PROVIDER_FILE) && file.indexOf('/') == file.lastIndexOf('/')) {
                    readProvider(file, object).ifPresent(p -> providers.put(p.id(), p));
                } else {
                    modelNodes.put(file, object);
                }
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.failed(InternalFailure.of(SourceLocation.startOf(file), "loading", e));
            }
        }
        if (files.isEmpty()) {
            diagnostics.report(
                    Severity.ERROR,
                    "root.empty",
                    SourceLocation.startOf("."),
                    "the schemas root holds no JSON documents",
                    "point at the folder that holds <provider>/provider.json and the model documents");
        }
        RefChecker refs = new RefChecker(root, fragments, uris, diagnostics);
        fragments.forEach((file, node) -> {
            if (!contained(file, () -> checkSchema(refs, file, node, RefChecker.dialectOf(node)))
                    .orElse(false)) {
                refs.markBroken(node);
            }
        });
        refs.sharedChecked();
        List<ModelDocument> models = new ArrayList<>();
        modelNodes.forEach((file, node) -> contained(file, () -> readModel(file, node, providers, refs))
                .flatMap(model -> model)
                .ifPresent(models::add));
        return new SchemaSet(providers, models, fragments, lintRules, uris);
    }

    /**
     * Whether a schema can be handed to a validator: its references resolve to schemas with no loop ({@link
     * RefChecker}) and the values a validator parses first parse ({@link KeywordValueChecker}). Both are checked, so
     * that every problem is reported at once.
     */
    private boolean checkSchema(RefChecker refs, String file, LocatedNode schema, Dialect dialect) {
        boolean references = refs.check(file, schema, dialect);
        return new KeywordValueChecker(diagnostics).check(schema, dialect) && references;
    }

    /** {@value #ROOT_CONFIG}, or no mappings when reading it failed. */
    private RootUris readRootConfig() {
        return contained(ROOT_CONFIG, () -> new RootConfigReader(root, diagnostics).read())
                .orElse(RootUris.NONE);
    }

    /**
     * What {@code step} returns, or empty when it fails: a failure of Pictor on one document is an {@link
     * InternalFailure} on that document, and loading goes on with the others.
     */
    private <T> Optional<T> contained(String file, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.failed(InternalFailure.of(SourceLocation.startOf(file), "loading", e));
            return Optional.empty();
        }
    }

    private Optional<ProviderDocument> readProvider(String file, LocatedObject node) {
        if (!MetaSchemas.check(MetaSchemas.Kind.PROVIDER, node, diagnostics)) {
            return Optional.empty();
        }
        String id = node.text("provider").orElseThrow();
        String folder = file.substring(0, file.indexOf('/'));
        boolean ok = true;
        if (!id.equals(folder)) {
            diagnostics.report(
                    Severity.ERROR,
                    "document.misplaced",
                    node.get("provider").orElseThrow(),
                    "provider \"" + id + "\" is declared in folder " + folder + "/",
                    "move the file to " + id + "/" + PROVIDER_FILE + " or correct the id");
            ok = false;
        }
        String baseUrl = node.text("baseUrl").orElseThrow();
        LocatedObject placeholderNode = node.object("placeholders").orElseThrow();
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(baseUrl);
        while (m.find()) {
            used.add(m.group(1));
        }
        List<Placeholder> placeholders = new ArrayList<>();
        for (Member p : placeholderNode.members()) {
            LocatedObject spec = p.value().asObject().orElseThrow();
            placeholders.add(new Placeholder(
                    p.name(),
                    spec.text("env").orElseThrow(),
                    spec.text("description").orElseThrow()));
            if (!used.contains(p.name())) {
                diagnostics.report(
                        Severity.WARNING,
                        "provider.placeholder-unused",
                        p.value(),
                        "placeholder {" + p.name() + "} is declared but baseUrl does not use it",
                        "remove it");
            }
        }
        for (String name : used) {
            if (!placeholderNode.has(name)) {
                diagnostics.report(
                        Severity.ERROR,
                        "provider.placeholder-undeclared",
                        node.get("baseUrl").orElseThrow(),
                        "baseUrl uses {" + name + "} but placeholders does not say where its value comes from",
                        "declare it under placeholders with the environment variable it is read from");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        LocatedObject auth = node.object("auth").orElseThrow();
        Set<String> vendorKeywords = new LinkedHashSet<>();
        node.array("vendorKeywords")
                .orElseThrow()
                .items()
                .forEach(k -> vendorKeywords.add(k.asText().orElseThrow()));
        return Optional.of(new ProviderDocument(
                file,
                node,
                id,
                node.text("name").orElseThrow(),
                node.text("transport").orElseThrow(),
                baseUrl,
                placeholders,
                auth.text("scheme").orElseThrow(),
                auth.text("header"),
                auth.text("tokenEnv").orElseThrow(),
                auth.array("hosts")
                        .map(h -> h.items().stream()
                                .map(i -> i.asText().orElseThrow())
                                .toList())
                        .orElse(List.of()),
                node.object("job").flatMap(this::readJob),
                vendorKeywords,
                node.text("source").orElseThrow(),
                node.text("assumptions")));
    }

    /** The {@code job} of a provider document, when its status values name each state once. */
    private Optional<JobFlow> readJob(LocatedObject job) {
        Map<String, String> stateOf = new LinkedHashMap<>();
        boolean ok = true;
        List<List<String>> states = new ArrayList<>();
        for (String state : List.of("running", "succeeded", "failed", "cancelled")) {
            List<String> values = new ArrayList<>();
            for (LocatedNode v : job.array(state).map(LocatedArray::items).orElse(List.of())) {
                String value = v.asText().orElseThrow();
                String before = stateOf.putIfAbsent(value, state);
                if (before != null) {
                    diagnostics.report(
                            Severity.ERROR,
                            "document.invalid",
                            v,
                            "status \"" + value + "\" is both " + before + " and " + state,
                            "name each status value under one state only");
                    ok = false;
                }
                values.add(value);
            }
            states.add(values);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new JobFlow(
                job.text("id").orElseThrow(),
                job.text("pollingUrl"),
                job.object("poll").map(p -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    p.object("query")
                            .ifPresent(q -> q.members()
                                    .forEach(m -> query.put(
                                            m.name(), m.value().asText().orElseThrow())));
                    return new JobFlow.Poll(p.text("path").orElseThrow(), query);
                }),
                job.text("status").orElseThrow(),
                states.get(0),
                states.get(1),
                states.get(2),
                states.get(3),
                job.text("result").orElseThrow(),
                job.text("error"),
                job.object("backoff")
                        .map(b -> new JobFlow.Backoff(
                                b.number("initialMillis").orElseThrow().longValueExact(),
                                b.number("maxMillis").orElseThrow().longValueExact(),
                                b.number("factor").orElseThrow().doubleValue())),
                job.object("cancel")
                        .map(c -> new JobFlow.Cancel(
                                c.text("method").orElseThrow(), c.text("path").orElseThrow()))));
    }

    private Optional<ModelDocument> readModel(
            String file, LocatedObject node, Map<String, ProviderDocument> providers, RefChecker refs) {
        if (!MetaSchemas.check(MetaSchemas.Kind.MODEL, node, diagnostics)) {
            return Optional.empty();
        }
        String provider = node.text("provider").orElseThrow();
        String model = node.text("model").orElseThrow();
        String version = node.text("version").orElseThrow();
        String expected = provider + "/" + modelPath(model) + "/" + version + ".json";
        boolean ok = true;
        if (!file.equals(expected)) {
            diagnostics.report(
                    Severity.ERROR,
                    "document.misplaced",
                    node.get("model").orElseThrow(),
                    "the document for " + model + " version " + version + " of " + provider + " is at " + file,
                    "move it to " + expected);
            ok = false;
        }
        if (!providers.containsKey(provider)) {
            diagnostics.report(
                    Severity.ERROR,
                    "document.unknown-provider",
                    node.get("provider").orElseThrow(),
                    "no valid provider document " + provider + "/" + PROVIDER_FILE + " for provider \"" + provider
                            + "\"",
                    "add the provider document, or correct the provider id");
            ok = false;
        }
        LocalDate snapshot = null;
        try {
            snapshot = LocalDate.parse(node.text("snapshot").orElseThrow());
        } catch (DateTimeParseException e) {
            diagnostics.report(
                    Severity.ERROR,
                    "document.invalid",
                    node.get("snapshot").orElseThrow(),
                    "snapshot is not a calendar date",
                    "write it as YYYY-MM-DD");
            ok = false;
        }
        LocatedNode input = node.get("input").orElseThrow();
        LocatedNode output = node.get("output").orElseThrow();
        Dialect dialect = Dialect.fromUri(node.text("dialect").orElseThrow()).orElseThrow();
        ok &= checkSchema(refs, file, input, dialect);
        ok &= checkSchema(refs, file, output, dialect);
        Optional<Operation> operation = node.object("operation").map(Operation::read);
        ok &= operation
                .map(o -> checkOperation(node, o, providers.get(provider).job().isPresent()))
                .orElse(true);
        if (!ok) {
            return Optional.empty();
        }
        List<Refinement> refinements = new ArrayList<>();
        node.array("refinements").map(LocatedArray::items).orElse(List.of()).forEach(r -> {
            LocatedObject o = r.asObject().orElseThrow();
            refinements.add(new Refinement(
                    o,
                    o.text("path").orElseThrow(),
                    o.get("value"),
                    o.text("why").orElseThrow()));
        });
        List<Example> examples = new ArrayList<>();
        node.array("examples").map(LocatedArray::items).orElse(List.of()).forEach(e -> {
            LocatedObject o = e.asObject().orElseThrow();
            examples.add(new Example(
                    o,
                    o.text("name").orElseThrow(),
                    o.get("input").orElseThrow(),
                    o.get("valid")
                            .map(v -> ((LocatedNode.LocatedBoolean) v).value())
                            .orElseThrow(),
                    o.text("why").orElse("")));
        });
        LocatedObject refined = RefinementApplier.apply(node, refinements, diagnostics);
        LocatedNode effectiveInput = refined.get("input").orElseThrow();
        LocatedNode effectiveOutput = refined.get("output").orElseThrow();
        if (!refinements.isEmpty()
                && (!checkSchema(refs, file, effectiveInput, dialect)
                        || !checkSchema(refs, file, effectiveOutput, dialect))) {
            return Optional.empty();
        }
        return Optional.of(new ModelDocument(
                file,
                node,
                provider,
                model,
                version,
                snapshot,
                node.text("providerVersion"),
                node.text("task").orElseThrow(),
                Origin.valueOf(node.text("origin").orElseThrow().toUpperCase(Locale.ROOT)),
                node.text("source").orElseThrow(),
                dialect,
                node.get("deprecated")
                        .map(d -> ((LocatedNode.LocatedBoolean) d).value())
                        .orElse(false),
                node.text("formats").map("assert"::equals).orElse(false),
                input,
                output,
                refinements,
                examples,
                effectiveInput,
                effectiveOutput,
                operation));
    }

    /**
     * Whether an operation's layout points into its document: each parameter, and the body when it is a member, is a
     * property of the input, each member a multipart body lays out is a property of the body, and each response's
     * schema exists, or is absent exactly when the provider runs jobs (the output is then the job's result).
     */
    private boolean checkOperation(LocatedObject node, Operation operation, boolean jobs) {
        boolean ok = true;
        List<String> members = new ArrayList<>();
        operation.parameters().forEach(p -> members.add(p.name()));
        operation.requestBody().flatMap(Operation.RequestBody::member).ifPresent(members::add);
        for (String member : members) {
            if (node.at(JsonPointer.append("/input/properties", member)).isEmpty()) {
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        node.nearest("/input/properties"),
                        "operation member \"" + member + "\" is not a property of input",
                        "declare it under input.properties, or correct operation");
                ok = false;
            }
        }
        ok &= operation
                .requestBody()
                .map(b -> checkEncoding(node, operation, b))
                .orElse(true);
        for (Operation.Response r : operation.responses()) {
            if (r.schema().isEmpty() != jobs) {
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        operation.node(),
                        jobs
                                ? "response " + r.status() + " " + r.mediaType()
                                        + " names a schema, but the provider runs jobs: its answer is the submitted job"
                                        + " and output is the job's result"
                                : "response " + r.status() + " " + r.mediaType() + " names no schema",
                        jobs
                                ? "remove the response's schema and describe the job's result as output"
                                : "point it at /output, or at a branch of output's anyOf");
                ok = false;
            } else if (r.schema().isPresent() && node.at(r.schema().get()).isEmpty()) {
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        operation.node(),
                        "the schema of response " + r.status() + " " + r.mediaType() + ", "
                                + r.schema().get() + ", is not in the document",
                        "point it at /output, or at a branch of output's anyOf");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Whether a body's {@code encoding} is for a multipart body and names members of it (where the body's own
     * {@code properties} declare them).
     */
    private boolean checkEncoding(LocatedObject node, Operation operation, Operation.RequestBody body) {
        if (body.encoding().isEmpty()) {
            return true;
        }
        LocatedNode at = operation.node().nearest("/requestBody/encoding");
        if (!body.multipart()) {
            diagnostics.report(
                    Severity.ERROR,
                    "document.invalid",
                    at,
                    "encoding lays out multipart parts, but the body is " + body.mediaType(),
                    "remove encoding");
            return false;
        }
        String properties = body.member()
                .map(m -> JsonPointer.append("/input/properties", m) + "/properties")
                .orElse("/input/properties");
        if (node.at(properties).isEmpty()) {
            return true; // the body's members are behind a $ref or a combinator: the linker resolves them
        }
        boolean ok = true;
        for (String member : body.encoding().keySet()) {
            if (node.at(JsonPointer.append(properties, member)).isEmpty()) {
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        at,
                        "encoding names \"" + member + "\", which is not a property of the request body",
                        "name a member of the body, or remove the entry");
                ok = false;
            }
        }
        return ok;
    }

    private Optional<List<RuleOverride>> readLintConfig(LocatedObject node) {
        if (!MetaSchemas.check(MetaSchemas.Kind.LINT_CONFIG, node, diagnostics)) {
            return Optional.empty();
        }
        List<RuleOverride> rules = new ArrayList<>();
        for (LocatedNode item : node.array("rules").orElseThrow().items()) {
            LocatedObject o = item.asObject().orElseThrow();
            rules.add(new RuleOverride(
                    o.text("rule").orElseThrow(),
                    o.text("files"),
                    o.text("severity").flatMap(dev.pictor.core.diag.Severity::parse),
                    o.text("why").orElseThrow()));
        }
        return Optional.of(rules);
    }

    /**
     * The folder of a model under its provider: the model id without a leading {@code @xx/} namespace, so that
     * {@code @cf/black-forest-labs/flux-1-schnell} lives in {@code black-forest-labs/flux-1-schnell/}.
     */
    public static String modelPath(String model) {
        return model.startsWith("@") && model.indexOf('/') > 0 ? model.substring(model.indexOf('/') + 1) : model;
    }

    private static String article(String jsonType) {
        return (jsonType.startsWith("a") || jsonType.startsWith("o") || jsonType.startsWith("i") ? "an " : "a ")
                + jsonType;
    }
}
