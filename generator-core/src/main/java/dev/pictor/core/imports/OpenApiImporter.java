package dev.pictor.core.imports;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.imports.OpenApiFiles.Doc;
import dev.pictor.core.imports.OpenApiFiles.Target;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.openapi.OpenApiLint;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.SchemaWalker;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The selected operations of an OpenAPI 3.0 or 3.1 document as model documents, one per operation, and the provider
 * document its servers and security schemes say ({@link OpenApiProvider}).
 *
 * <p>A model document's {@code input} is the request body's schema when the operation has no parameters; with
 * path, query or header parameters it is a wrapper object: one member per parameter (its schema verbatim, with the
 * parameter's description when the schema has none), and the body in member {@code body} ({@code requestBody} when a
 * parameter is named {@code body}); the required parameters, and the body when it is required, are required; no
 * other member is allowed. Header parameters named {@code Accept}, {@code Content-Type} or {@code Authorization} are
 * left out, as OpenAPI says. The body is {@code application/json} unless the operation offers
 * {@code multipart/form-data} and its schema has file parts (a {@code format: binary} string, or in 3.1 a
 * {@code contentMediaType}), then multipart; any other body, and a cookie parameter, make the operation one Pictor
 * cannot call (a located ERROR).
 *
 * <p>The {@code output} is the schema of the one success response ({@code 2xx}, one media type), or an
 * {@code anyOf} with a branch per status and media type in the document's order; an image without a schema is a
 * binary string. A schema that is only a {@code $ref} to a component is that component; every component the
 * schemas reference is copied into the part's {@code $defs} ({@link OpenApiSchemas}). The {@code operation} member
 * says how a call is laid out ({@link dev.pictor.core.model.Operation}).
 *
 * <p>The model id is the operation id, or, for an operation without one, its method and path in lower case with every
 * run of other characters made one hyphen ({@code POST /v1/text_to_image}: {@code post-v1-text-to-image}), unless
 * one is given. The task is given, or inferred ({@link OpenApiTaskInference}). The version is the one given, or the
 * document's {@code info.version} when only the snapshot date is given.
 */
final class OpenApiImporter {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** An operation id that can name a folder as it is. */
    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";

    /**
     * What one OpenAPI document gives.
     *
     * @param models   a model document per selected operation
     * @param provider the provider document, when it could be made
     */
    record Result(List<ImportedModel> models, Optional<OpenApiProvider.Draft> provider) {}

    /** One operation of the document: where it is and what it says. */
    private record Op(String method, String path, LocatedObject node, LocatedObject pathItem, Optional<String> id) {

        String label() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private final ImportOptions options;
    private final Diagnostics problems;
    private final Optional<ProviderJob> job;

    /**
     * @param job the job the provider document in the schemas root describes, when it does: every operation is then a
     *            job, whose submit answers have no schema and whose output is the job's result
     */
    OpenApiImporter(ImportOptions options, Diagnostics problems, Optional<ProviderJob> job) {
        this.options = options;
        this.problems = problems;
        this.job = job;
    }

    /** Reads {@code path} and converts its selected operations; nothing when it cannot be read. */
    Result read(Path path, String file, String fileName) {
        Optional<OpenApiFiles> files = OpenApiFiles.open(path, file, problems);
        if (files.isEmpty()) {
            return new Result(List.of(), Optional.empty());
        }
        return convert(files.get(), fileName);
    }

    private Result convert(OpenApiFiles files, String fileName) {
        LocatedNode root = files.main().root();
        Optional<String> openapi = root instanceof LocatedObject o ? o.text("openapi") : Optional.empty();
        if (!(root instanceof LocatedObject document)
                || openapi.isEmpty()
                || !(openapi.get().startsWith("3.0.") || openapi.get().startsWith("3.1."))) {
            problems.report(
                    Severity.ERROR,
                    "import.not-openapi",
                    root instanceof LocatedObject o ? o.get("openapi").orElse(root) : root,
                    openapi.map(v -> "OpenAPI " + ImportOptions.oneLine(v) + " is neither 3.0 nor 3.1")
                            .orElse("not an OpenAPI document: it has no \"openapi\" version member"),
                    "import an OpenAPI 3.0 or 3.1 document (Swagger 2.0 documents need converting first)");
            return new Result(List.of(), Optional.empty());
        }
        Dialect dialect = openapi.get().startsWith("3.0.") ? Dialect.OPENAPI_3_0 : Dialect.OPENAPI_3_1;
        Optional<OpenApiProvider.Draft> provider = OpenApiProvider.draft(document, fileName, options, problems);
        Optional<String> infoVersion = document.object("info").flatMap(i -> i.text("version"));
        if (infoVersion.isEmpty()) {
            problems.report(
                    Severity.ERROR,
                    "import.member-missing",
                    document.object("info").map(i -> (LocatedNode) i).orElse(document),
                    "the document has no info.version, which each model document records",
                    "an OpenAPI document must have one; add it");
            return new Result(List.of(), provider);
        }
        Optional<String> version = version(document, infoVersion.get());
        List<ImportedModel> models = new ArrayList<>();
        List<Op> selected = select(document);
        // what the OpenAPI document gets wrong, located in it, beside what the model documents' lint says later
        OpenApiLint.lint(
                document, selected.stream().map(op -> op.node().pointer()).toList(), problems);
        for (Op op : selected) {
            convert(files, document, fileName, op, dialect, openapi.get(), infoVersion.get(), version)
                    .ifPresent(models::add);
        }
        return new Result(models, provider);
    }

    /** The version of the documents: the one given, or {@code info.version} when it can name a file. */
    private Optional<String> version(LocatedObject document, String infoVersion) {
        if (options.version() != null) {
            return Optional.of(options.version());
        }
        if (!ImportOptions.VERSION.matcher(infoVersion).matches() || infoVersion.endsWith(".schema")) {
            problems.report(
                    Severity.ERROR,
                    "import.option-needed",
                    document.at("/info/version").orElse(document),
                    "info.version " + OpenApiFiles.quoted(infoVersion) + " cannot name a document (letters, digits, "
                            + "'.', '_' and '-')",
                    "give the version (--doc-version YYYY-MM-DD)");
            return Optional.empty();
        }
        return Optional.of(infoVersion);
    }

    // ---- selection

    private List<Op> operations(LocatedObject document) {
        List<Op> all = new ArrayList<>();
        document.object("paths").ifPresent(paths -> {
            for (Member p : paths.members()) {
                if (!(p.value() instanceof LocatedObject item)) {
                    continue;
                }
                for (Member m : item.members()) {
                    if (METHODS.contains(m.name()) && m.value() instanceof LocatedObject node) {
                        all.add(new Op(m.name(), p.name(), node, item, node.text("operationId")));
                    }
                }
            }
        });
        return all;
    }

    /** The selected operations in the document's order; each selector that selects nothing is reported. */
    private List<Op> select(LocatedObject document) {
        List<Op> all = operations(document);
        OpenApiSelection selection = options.openapi();
        if (selection.all()) {
            return all;
        }
        Set<Integer> chosen = new HashSet<>();
        LocatedNode paths = document.get("paths").orElse(document);
        if (!selection.operations().isEmpty()) {
            for (String wanted : selection.operations()) {
                List<Integer> found = indexes(all, op -> matches(op, wanted));
                if (found.isEmpty()) {
                    problems.report(
                            Severity.ERROR,
                            "import.operation-unknown",
                            paths,
                            "the document has no operation " + OpenApiFiles.quoted(wanted) + " (by operationId, or as"
                                    + " METHOD PATH)",
                            "name an operation by its operationId, or as METHOD PATH (POST /v1/images), as the "
                                    + "document writes its path");
                }
                chosen.addAll(found);
            }
        } else {
            for (String tag : selection.tags()) {
                List<Integer> found = indexes(
                        all,
                        op -> op.node().array("tags").stream()
                                .flatMap(a -> a.items().stream())
                                .anyMatch(t -> t.asText().filter(tag::equals).isPresent()));
                if (found.isEmpty()) {
                    problems.report(
                            Severity.ERROR,
                            "import.operation-unknown",
                            paths,
                            "no operation of the document has tag " + OpenApiFiles.quoted(tag),
                            "name a tag as the operations' tags write it (case counts)");
                }
                chosen.addAll(found);
            }
        }
        List<Op> selected = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen.contains(i)) {
                selected.add(all.get(i));
            }
        }
        return selected;
    }

    private static List<Integer> indexes(List<Op> all, java.util.function.Predicate<Op> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (test.test(all.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean matches(Op op, String wanted) {
        if (op.id().filter(wanted::equals).isPresent()) {
            return true;
        }
        var m = OpenApiSelection.METHOD_PATH.matcher(wanted);
        return m.matches()
                && m.group(1).equalsIgnoreCase(op.method())
                && m.group(2).equals(op.path());
    }

    // ---- one operation

    private Optional<ImportedModel> convert(
            OpenApiFiles files,
            LocatedObject document,
            String fileName,
            Op op,
            Dialect dialect,
            String openapi,
            String infoVersion,
            Optional<String> version) {
        long errors = problems.count(Severity.ERROR);
        Doc doc = files.main();
        String model = modelId(op);
        if (options.model() == null
                && op.id().isPresent()
                && !MODEL_ID.matcher(model).matches()) {
            problems.report(
                    Severity.ERROR,
                    "import.member-invalid",
                    op.node().get("operationId").orElseThrow(),
                    "operationId " + OpenApiFiles.quoted(model) + " cannot name a model folder (letters, digits, "
                            + "'.', '_' and '-')",
                    "import this operation alone and name its model (--operation ID --model NAME)");
        }
        Optional<OpenApiTaskInference.Inferred> inferred = Optional.empty();
        if (options.task() == null) {
            inferred = OpenApiTaskInference.infer(op.id().orElse(null), op.path());
            if (inferred.isEmpty()) {
                problems.report(
                        Severity.ERROR,
                        "import.option-needed",
                        op.node(),
                        "the task of " + op.label()
                                + op.id().map(i -> " (" + i + ")").orElse("")
                                + " cannot be inferred: no word of its id or path says it",
                        "import it with its task (--operation " + op.id().orElse(op.label()) + " --task "
                                + "text-to-image, image-to-image, inpainting, ...)");
            }
        }
        // parameters, path level first, an operation's own replacing one of the same name and location
        Map<String, Target> parameters = new LinkedHashMap<>();
        for (LocatedObject owner : List.of(op.pathItem(), op.node())) {
            for (LocatedNode p :
                    owner.array("parameters").map(LocatedArray::items).orElse(List.of())) {
                resolved(files, p, doc).ifPresent(t -> {
                    LocatedObject o = (LocatedObject) t.node();
                    parameters.put(
                            o.text("in").orElse("") + " " + o.text("name").orElse(""), t);
                });
            }
        }
        OpenApiSchemas inputSchemas = new OpenApiSchemas(files, problems);
        List<Member> properties = new ArrayList<>();
        List<LocatedNode> required = new ArrayList<>();
        List<LocatedNode> layout = new ArrayList<>();
        SourceLocation at = op.node().location();
        String here = op.node().pointer();
        for (Target t : parameters.values()) {
            LocatedObject p = (LocatedObject) t.node();
            String name = p.text("name").orElse("");
            String in = p.text("in").orElse("");
            if (in.equals("header")
                    && List.of("accept", "content-type", "authorization").contains(name.toLowerCase(Locale.ROOT))) {
                problems.report(
                        Severity.NOTE,
                        "import.member-ignored",
                        p,
                        "header parameter " + name + " of " + op.label() + " is left out: OpenAPI ignores "
                                + "Accept, Content-Type and Authorization parameters (the media types and the "
                                + "security scheme say them)",
                        null);
                continue;
            }
            if (!List.of("path", "query", "header").contains(in) || name.isEmpty()) {
                unsupported(
                        p,
                        op,
                        "its " + (in.isEmpty() ? "parameter" : in + " parameter ") + name + " is sent "
                                + (in.equals("cookie")
                                        ? "in a cookie, which Pictor does not send"
                                        : "nowhere Pictor knows"));
                continue;
            }
            Optional<LocatedNode> schema = p.get("schema");
            if (schema.isEmpty()) {
                unsupported(
                        p,
                        op,
                        "its parameter " + name + " has no schema (a parameter described by content is "
                                + "not supported)");
                continue;
            }
            LocatedNode copied = inputSchemas.copy(schema.get(), t.doc());
            Optional<String> description = p.text("description");
            if (copied instanceof LocatedObject s && !s.has("description") && description.isPresent()) {
                List<Member> members = new ArrayList<>(s.members());
                members.add(new Member(
                        "description",
                        p.get("description").orElseThrow().location(),
                        p.get("description").orElseThrow()));
                copied = new LocatedObject(s.location(), s.pointer(), members);
            }
            boolean isRequired = in.equals("path")
                    || p.get("required")
                            .map(r -> r instanceof LocatedBoolean b && b.value())
                            .orElse(false);
            properties.add(new Member(name, p.location(), copied));
            if (isRequired) {
                required.add(string(at, here, name));
            }
            layout.add(object(
                    at,
                    here,
                    List.of(
                            member(at, "name", string(at, here, name)),
                            member(at, "in", string(at, here, in)),
                            member(at, "required", new LocatedBoolean(at, here, isRequired)))));
        }
        Optional<BodyChoice> body = body(files, op);
        String bodyMember = properties.stream().anyMatch(m -> m.name().equals("body")) ? "requestBody" : "body";
        LocatedNode input;
        if (properties.isEmpty() && body.isPresent()) {
            input = inputSchemas.copyRoot(body.get().schema(), body.get().doc());
        } else {
            if (body.isPresent()) {
                properties.add(new Member(
                        bodyMember,
                        at,
                        inputSchemas.copyRoot(body.get().schema(), body.get().doc())));
                if (body.get().required()) {
                    required.add(string(at, here, bodyMember));
                }
            }
            List<Member> wrapper = new ArrayList<>();
            wrapper.add(member(at, "type", string(at, here, "object")));
            wrapper.add(member(at, "properties", new LocatedObject(at, here, properties)));
            if (!required.isEmpty()) {
                wrapper.add(member(at, "required", new LocatedArray(at, here, required)));
            }
            wrapper.add(member(at, "additionalProperties", new LocatedBoolean(at, here, false)));
            input = new LocatedObject(at, here, wrapper);
        }
        OpenApiSchemas outputSchemas = new OpenApiSchemas(files, problems);
        List<LocatedNode> responses = new ArrayList<>();
        List<String> said = new ArrayList<>();
        LocatedNode output = output(files, op, outputSchemas, responses, said);
        Optional<OpenApiJobResult.Output> jobOutput = job.map(
                j -> OpenApiJobResult.of(j, document, files.main(), outputSchemas, op.label(), op.node(), problems));
        if (jobOutput.isPresent()) {
            output = jobOutput.get().schema();
        }
        Map<String, OpenApiEncoding.Part> encoding = body.filter(
                        b -> b.mediaType().equals(MULTIPART))
                .map(b -> OpenApiEncoding.of(b.media(), b.schema(), b.doc()))
                .orElse(Map.of());
        Optional<LocatedNode> standaloneInput = inputSchemas.withDefs(input);
        Optional<LocatedNode> standaloneOutput = outputSchemas.withDefs(output);
        if (problems.count(Severity.ERROR) > errors
                || version.isEmpty()
                || standaloneInput.isEmpty()
                || standaloneOutput.isEmpty()) {
            return Optional.empty();
        }
        List<Member> operation = new ArrayList<>();
        operation.add(member(at, "file", string(at, here, fileName)));
        operation.add(member(at, "infoVersion", string(at, here, infoVersion)));
        operation.add(member(
                at, "line", new LocatedNumber(at, here, BigDecimal.valueOf(at.line()), Integer.toString(at.line()))));
        operation.add(member(at, "method", string(at, here, op.method().toUpperCase(Locale.ROOT))));
        operation.add(member(at, "path", string(at, here, op.path())));
        op.id().ifPresent(id -> operation.add(member(at, "operationId", string(at, here, id))));
        body.ifPresent(b -> {
            List<Member> rb = new ArrayList<>();
            rb.add(member(at, "mediaType", string(at, here, b.mediaType())));
            if (!properties.isEmpty()) {
                rb.add(member(at, "member", string(at, here, bodyMember)));
            }
            rb.add(member(at, "required", new LocatedBoolean(at, here, b.required())));
            if (!encoding.isEmpty()) {
                rb.add(member(at, "encoding", encoding(at, here, encoding)));
            }
            operation.add(member(at, "requestBody", object(at, here, rb)));
        });
        operation.add(member(at, "parameters", new LocatedArray(at, here, layout)));
        operation.add(member(at, "responses", new LocatedArray(at, here, responses)));
        String task =
                options.task() != null ? options.task() : inferred.orElseThrow().task();
        String source = source(
                fileName,
                document,
                openapi,
                infoVersion,
                op,
                layout.size(),
                body,
                bodyMember,
                said,
                inputSchemas.names(),
                outputSchemas.names(),
                inferred,
                version.get(),
                jobOutput.map(OpenApiJobResult.Output::said),
                encoding);
        return Optional.of(new ImportedModel(
                doc.file(),
                op.node(),
                options.provider(),
                model,
                version.get(),
                options.snapshot(),
                Optional.empty(),
                task,
                source,
                dialect,
                Optional.empty(),
                op.node()
                        .get("deprecated")
                        .flatMap(
                                d -> d instanceof LocatedBoolean b && b.value() ? Optional.of(true) : Optional.empty()),
                standaloneInput.get(),
                standaloneOutput.get(),
                Optional.of(new LocatedObject(at, here, operation))));
    }

    /** The model id: given, the operation id, or the method and path. */
    private String modelId(Op op) {
        if (options.model() != null) {
            return options.model();
        }
        return op.id()
                .orElseGet(() -> (op.method() + "-" + op.path())
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", ""));
    }

    /**
     * The chosen request body.
     *
     * @param mediaType {@code application/json} or {@code multipart/form-data}
     * @param schema    its schema, as written
     * @param doc       the file it is written in
     * @param required  whether a call must send it
     * @param media     its media type object ({@code content[mediaType]}), with its encoding and examples
     */
    private record BodyChoice(String mediaType, LocatedNode schema, Doc doc, boolean required, LocatedObject media) {}

    /** The request body Pictor sends; empty when there is none, or (reported) none it can send. */
    private Optional<BodyChoice> body(OpenApiFiles files, Op op) {
        Optional<LocatedNode> written = op.node().get("requestBody");
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> target = resolved(files, written.get(), files.main());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        LocatedObject requestBody = (LocatedObject) target.get().node();
        Map<String, Member> content = new LinkedHashMap<>();
        requestBody
                .object("content")
                .ifPresent(c -> c.members()
                        .forEach(m -> content.putIfAbsent(
                                m.name().split(";", 2)[0].strip().toLowerCase(Locale.ROOT), m)));
        Member json = content.get(JSON);
        Member multipart = content.get(MULTIPART);
        Doc doc = target.get().doc();
        Member chosen;
        if (json != null && multipart != null) {
            chosen = binary(files, schemaOf(multipart), doc) ? multipart : json;
        } else {
            chosen = json != null ? json : multipart;
        }
        if (chosen == null) {
            unsupported(
                    requestBody.get("content").orElse(requestBody),
                    op,
                    "its request body is "
                            + (content.isEmpty() ? "described by no media type" : String.join(", ", content.keySet()))
                            + "; Pictor sends application/json or multipart/form-data");
            return Optional.empty();
        }
        for (Member m : content.values()) {
            if (m != chosen) {
                problems.report(
                        Severity.NOTE,
                        "import.member-ignored",
                        m.value(),
                        op.label() + ": the request body is sent as " + mediaType(chosen) + ", so its " + m.name()
                                + " form is not imported"
                                + (m == json ? " (the body has file parts, which JSON cannot carry)" : ""),
                        null);
            }
        }
        Optional<LocatedNode> schema = chosen.value().asObject().flatMap(o -> o.get("schema"));
        if (schema.isEmpty()) {
            unsupported(chosen.value(), op, "its " + chosen.name() + " request body has no schema");
            return Optional.empty();
        }
        boolean required = requestBody
                .get("required")
                .map(r -> r instanceof LocatedBoolean b && b.value())
                .orElse(false);
        return Optional.of(new BodyChoice(
                mediaType(chosen),
                schema.get(),
                doc,
                required,
                chosen.value().asObject().orElseThrow()));
    }

    private static String mediaType(Member m) {
        return m.name().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static LocatedNode schemaOf(Member mediaType) {
        return mediaType.value().asObject().flatMap(o -> o.get("schema")).orElse(mediaType.value());
    }

    /**
     * Whether a schema has file parts: a {@code format: binary} string, or a {@code contentMediaType}, in it or in a
     * component of the same file it references.
     */
    private static boolean binary(OpenApiFiles files, LocatedNode schema, Doc doc) {
        Set<String> seen = new HashSet<>();
        List<LocatedNode> pending = new ArrayList<>(List.of(schema));
        boolean[] found = {false};
        while (!pending.isEmpty() && !found[0]) {
            SchemaWalker.walk(pending.remove(pending.size() - 1), sub -> {
                if (sub.node() instanceof LocatedObject o) {
                    if (o.text("format").filter("binary"::equals).isPresent() || o.has("contentMediaType")) {
                        found[0] = true;
                    }
                    o.text("$ref")
                            .filter(r -> r.startsWith("#" + OpenApiSchemas.COMPONENTS) && seen.add(r))
                            .flatMap(r -> doc.root().at(JsonPointer.fromUriFragment(r.substring(1))))
                            .ifPresent(pending::add);
                }
            });
        }
        return found[0];
    }

    /** The output: the one success response's schema, or an anyOf of one per status and media type. */
    private LocatedNode output(
            OpenApiFiles files, Op op, OpenApiSchemas schemas, List<LocatedNode> layout, List<String> said) {
        SourceLocation at = op.node().location();
        String here = op.node().pointer();
        List<LocatedNode> branches = new ArrayList<>();
        List<String[]> answers = new ArrayList<>();
        Optional<LocatedObject> responses = op.node().object("responses");
        for (Member r : responses.map(LocatedObject::members).orElse(List.of())) {
            if (!r.name().matches("2[0-9][0-9]")) {
                if (r.name().matches("2[xX][xX]")) {
                    problems.report(
                            Severity.NOTE,
                            "import.member-ignored",
                            r.value(),
                            op.label() + ": response " + r.name() + " is a range of statuses; only exact success "
                                    + "statuses are imported",
                            null);
                }
                continue;
            }
            Optional<Target> response = resolved(files, r.value(), files.main());
            if (response.isEmpty()) {
                continue;
            }
            LocatedObject object = (LocatedObject) response.get().node();
            for (Member media :
                    object.object("content").map(LocatedObject::members).orElse(List.of())) {
                String accept = options.openapi().accept();
                if (accept != null && !accept.equalsIgnoreCase(media.name())) {
                    problems.report(
                            Severity.NOTE,
                            "import.member-ignored",
                            media.value(),
                            op.label() + ": response " + r.name() + " " + media.name() + " is left out (--accept "
                                    + accept + ")",
                            null);
                    continue;
                }
                Optional<LocatedNode> schema = media.value().asObject().flatMap(o -> o.get("schema"));
                LocatedNode branch;
                if (schema.isPresent() && job.isPresent()) {
                    branch = schema.get(); // the submitted job: read through the job's pointers, never copied
                } else if (schema.isPresent()) {
                    branch = schemas.copyRoot(schema.get(), response.get().doc());
                } else if (media.name().toLowerCase(Locale.ROOT).startsWith("image/")) {
                    SourceLocation m = media.value().location();
                    branch = new LocatedObject(
                            m,
                            media.value().pointer(),
                            List.of(
                                    member(m, "type", string(m, here, "string")),
                                    member(m, "format", string(m, here, "binary"))));
                } else {
                    problems.report(
                            Severity.NOTE,
                            "import.member-ignored",
                            media.value(),
                            op.label() + ": response " + r.name() + " " + media.name() + " has no schema, so it is "
                                    + "not imported",
                            null);
                    continue;
                }
                branches.add(branch);
                answers.add(new String[] {r.name(), media.name()});
            }
        }
        if (branches.isEmpty()) {
            unsupported(
                    responses.map(o -> (LocatedNode) o).orElse(op.node()),
                    op,
                    options.openapi().accept() == null
                            ? "it has no success response (2xx) with a body"
                            : "it has no success response (2xx) of media type "
                                    + options.openapi().accept() + " (--accept)");
            return new LocatedObject(at, here, List.of());
        }
        for (int i = 0; i < answers.size(); i++) {
            String pointer = answers.size() == 1 ? "/output" : "/output/anyOf/" + i;
            List<Member> response = new ArrayList<>();
            response.add(member(at, "status", string(at, here, answers.get(i)[0])));
            response.add(member(at, "mediaType", string(at, here, answers.get(i)[1])));
            if (job.isEmpty()) {
                response.add(member(at, "schema", string(at, here, pointer)));
            }
            layout.add(object(at, here, response));
            said.add(answers.get(i)[0] + " " + answers.get(i)[1]);
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        return new LocatedObject(at, here, List.of(member(at, "anyOf", new LocatedArray(at, here, branches))));
    }

    /**
     * A parameter, request body or response, through the {@code $ref}s that name it (at most 16 in a row); empty
     * (and reported) when a reference is refused, dangles or leads to no object.
     */
    private Optional<Target> resolved(OpenApiFiles files, LocatedNode node, Doc doc) {
        Target current = new Target(doc, node.pointer(), node);
        for (int hops = 0; hops <= 16; hops++) {
            if (!(current.node() instanceof LocatedObject o)) {
                problems.report(
                        Severity.ERROR,
                        "import.member-invalid",
                        current.node(),
                        "expected an object here, found "
                                + Importer.article(current.node().jsonType()),
                        null);
                return Optional.empty();
            }
            Optional<String> ref = o.text("$ref");
            if (ref.isEmpty()) {
                return Optional.of(current);
            }
            Optional<Target> next =
                    files.resolve(ref.get(), current.doc(), o.get("$ref").orElseThrow());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        problems.report(Severity.ERROR, "import.ref-unresolved", node, "more than 16 $refs in a row", null);
        return Optional.empty();
    }

    private void unsupported(LocatedNode at, Op op, String why) {
        problems.report(
                Severity.ERROR,
                "import.operation-unsupported",
                at,
                op.label() + op.id().map(i -> " (" + i + ")").orElse("") + " cannot be imported: " + why,
                "import the other operations; this one cannot be called as the document describes it");
    }

    private String source(
            String fileName,
            LocatedObject document,
            String openapi,
            String infoVersion,
            Op op,
            int parameters,
            Optional<BodyChoice> body,
            String bodyMember,
            List<String> responses,
            List<String> inputDefs,
            List<String> outputDefs,
            Optional<OpenApiTaskInference.Inferred> inferred,
            String version,
            Optional<String> jobOutput,
            Map<String, OpenApiEncoding.Part> encoding) {
        StringBuilder s = new StringBuilder("OpenAPI document ")
                .append(fileName)
                .append(" (openapi ")
                .append(openapi);
        document.object("info")
                .flatMap(i -> i.text("title"))
                .ifPresent(t -> s.append(", info.title ").append(ImportOptions.oneLine(t)));
        s.append(", info.version ")
                .append(ImportOptions.oneLine(infoVersion))
                .append("), operation ")
                .append(op.label());
        op.id().ifPresent(id -> s.append(" (operationId ").append(id).append(')'));
        s.append(" at line ").append(op.node().location().line()).append(". ");
        if (parameters == 0) {
            s.append(body.map(b -> "The input is its " + b.mediaType() + " request body's schema, verbatim")
                    .orElse("It takes no input: the input is an empty object"));
        } else {
            s.append("The input is a Pictor object of its ")
                    .append(parameters)
                    .append(parameters == 1 ? " parameter" : " parameters")
                    .append(" (each schema verbatim)");
            body.ifPresent(b -> s.append(" and, in member ")
                    .append(bodyMember)
                    .append(", its ")
                    .append(b.mediaType())
                    .append(" request body's schema, verbatim"));
        }
        if (jobOutput.isPresent()) {
            s.append("; it runs as a job of the provider document, so its answer (")
                    .append(String.join(", ", responses))
                    .append(") is the submitted job, and ")
                    .append(jobOutput.get());
        } else {
            s.append("; the output is the schema of response ").append(String.join(", ", responses));
            if (responses.size() > 1) {
                s.append(", one anyOf branch each");
            }
        }
        s.append('.');
        if (!encoding.isEmpty()) {
            s.append(" Multipart parts:");
            String sep = " ";
            for (Map.Entry<String, OpenApiEncoding.Part> e : encoding.entrySet()) {
                s.append(sep)
                        .append(e.getKey())
                        .append(" is ")
                        .append(e.getValue().layout().keyword())
                        .append(e.getValue().contentType().map(t -> " " + t).orElse(""))
                        .append(' ')
                        .append(e.getValue().why());
                sep = "; ";
            }
            s.append('.');
        }
        List<String> copied = new ArrayList<>(inputDefs);
        outputDefs.stream().filter(n -> !copied.contains(n)).forEach(copied::add);
        if (!copied.isEmpty()) {
            s.append(" The component schemas they reference (")
                    .append(String.join(", ", copied))
                    .append(") are copied into their $defs and each $ref to #/components/schemas/NAME is rewritten "
                            + "to #/$defs/NAME.");
        }
        if (options.version() == null) {
            s.append(" The version is info.version; the snapshot date ")
                    .append(options.snapshot())
                    .append(" was given on import.");
        } else if (!version.equals(options.snapshot())) {
            s.append(" The version ")
                    .append(version)
                    .append(" and the snapshot date ")
                    .append(options.snapshot())
                    .append(" were given on import.");
        } else {
            s.append(" The document carries no capture date; the version and snapshot date ")
                    .append(version)
                    .append(" were given on import.");
        }
        inferred.ifPresent(i -> s.append(' ').append(i.reason()));
        if (options.sourceNote() != null) {
            s.append(' ').append(options.sourceNote());
        }
        return s.toString();
    }

    /** The {@code requestBody.encoding} member: each part's layout and content type. */
    private static LocatedObject encoding(SourceLocation at, String here, Map<String, OpenApiEncoding.Part> parts) {
        List<Member> entries = new ArrayList<>();
        parts.forEach((name, part) -> {
            List<Member> entry = new ArrayList<>();
            entry.add(member(at, "layout", string(at, here, part.layout().keyword())));
            part.contentType().ifPresent(t -> entry.add(member(at, "contentType", string(at, here, t))));
            entries.add(member(at, name, object(at, here, entry)));
        });
        return object(at, here, entries);
    }

    private static Member member(SourceLocation at, String name, LocatedNode value) {
        return new Member(name, at, value);
    }

    private static LocatedString string(SourceLocation at, String pointer, String value) {
        return new LocatedString(at, pointer, value);
    }

    private static LocatedObject object(SourceLocation at, String pointer, List<Member> members) {
        return new LocatedObject(at, pointer, members);
    }
}
