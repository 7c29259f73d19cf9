package dev.pictor.core.link;

import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.model.RootUris;
import dev.pictor.core.model.SchemaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the immutable {@link LinkedModel}s from loaded documents: the refined input and output schemas parsed,
 * Java types and names decided. Whatever cannot be mapped is reported with its location, and that model is left
 * out.
 */
public final class Linker {

    private final String basePackage;
    private final Diagnostics diagnostics;
    private final JavaNames names;
    private final InOrder workers;

    public Linker(String basePackage, Diagnostics diagnostics) {
        this(basePackage, diagnostics, InOrder.SEQUENTIAL);
    }

    /**
     * @param workers the threads {@link #link(SchemaSet)} links the models on, each model apart; what is decided
     *                across models (their packages) is decided afterwards, in the models' order
     */
    public Linker(String basePackage, Diagnostics diagnostics, InOrder workers) {
        this.basePackage = basePackage;
        this.diagnostics = diagnostics;
        this.names = new JavaNames(diagnostics);
        this.workers = workers;
    }

    /** Links every model of the set; those that cannot be linked are reported and left out. */
    public List<LinkedModel> link(SchemaSet schemas) {
        List<LinkedModel> linked = new ArrayList<>();
        JavaNames.Scope packages = names.new Scope("package", "", true);
        List<ModelDocument> models = schemas.models();
        List<Linked> each = workers.map(models, model -> linkAlone(model, schemas));
        for (int i = 0; i < models.size(); i++) {
            ModelDocument model = models.get(i);
            Linked result = each.get(i);
            diagnostics.addFrom(result.diagnostics());
            Optional<LinkedModel> one = result.model();
            one.ifPresent(m -> {
                if (packages.claim(
                        m.javaPackage(),
                        model.displayName(),
                        model.node().get("model").orElseThrow())) {
                    linked.add(m);
                }
            });
        }
        return linked;
    }

    /** One model linked on its own, with the findings of its linking. */
    private record Linked(Optional<LinkedModel> model, Diagnostics diagnostics) {}

    /**
     * Links one model apart, with a collector of its own (so that models can be linked on several threads); a failure
     * of Pictor itself is an {@link InternalFailure} on its document.
     */
    private Linked linkAlone(ModelDocument model, SchemaSet schemas) {
        Diagnostics own = new Diagnostics();
        try {
            return new Linked(
                    new Linker(basePackage, own)
                            .link(model, schemas.provider(model.provider()), schemas.fragments(), schemas.uris()),
                    own);
        } catch (RuntimeException | StackOverflowError e) {
            own.failed(InternalFailure.of(SourceLocation.startOf(model.file()), "linking", e));
            return new Linked(Optional.empty(), own);
        }
    }

    /** Links one model without its provider document: the result has no {@link LinkedModel#providerInfo()}. */
    public Optional<LinkedModel> link(ModelDocument model, Map<String, LocatedNode> fragments) {
        return link(model, Optional.empty(), fragments);
    }

    /** Links one model of the provider {@code provider} (empty when its provider document is not known). */
    public Optional<LinkedModel> link(
            ModelDocument model, Optional<ProviderDocument> provider, Map<String, LocatedNode> fragments) {
        return link(model, provider, fragments, RootUris.NONE);
    }

    /**
     * Links one model of the provider {@code provider}, its absolute references resolved through the root's
     * {@code uris} (see {@link RootUris}).
     */
    public Optional<LinkedModel> link(
            ModelDocument model,
            Optional<ProviderDocument> provider,
            Map<String, LocatedNode> fragments,
            RootUris uris) {
        LocatedNode modelNode = model.node().get("model").orElseThrow();
        String modelPath = DocumentLoader.modelPath(model.model());
        String javaPackage = names.packageName(basePackage, model.provider(), modelPath, model.version());
        String baseName = names.typeName(modelPath.substring(modelPath.lastIndexOf('/') + 1), modelNode);
        JavaNames.Scope types = names.new Scope("type", "in package " + javaPackage, true);
        // Classes generated beside the schema's types: a schema name may not take theirs.
        types.claim(JavaNames.validatorName(JavaNames.requestName(baseName)), "the generated validator", modelNode);
        types.claim(JavaNames.adapterName(baseName), "the generated model adapter", modelNode);

        SchemaParser input =
                new SchemaParser(model.dialect(), model.assertsFormats(), fragments, uris, "i", diagnostics);
        Optional<String> inputRoot = input.parseRoot(model.effectiveInput());
        SchemaParser output =
                new SchemaParser(model.dialect(), model.assertsFormats(), fragments, uris, "o", diagnostics);
        Optional<String> outputRoot = output.parseRoot(model.effectiveOutput());
        if (inputRoot.isEmpty() || outputRoot.isEmpty()) {
            return Optional.empty();
        }
        long errorsBefore = diagnostics.count(Severity.ERROR);
        FileParts parts = FileParts.of(model.operation(), input.drafts(), inputRoot.get(), model.dialect());
        TypeMapper requests = new TypeMapper(input.drafts(), names, types, TypeMapper.Side.REQUEST, parts);
        requests.root(inputRoot.get(), JavaNames.requestName(baseName), RecordDecl.Role.REQUEST);
        TypeMapper responses = new TypeMapper(output.drafts(), names, types, TypeMapper.Side.RESPONSE);
        // An operation's answers are read from the schema of each response, not from output's anyOf of them.
        Optional<LinkedOperation> operation = model.operation()
                .map(op -> OperationLinker.link(
                        op, requests.records, output.drafts(), outputRoot.get(), responses, baseName));
        ResultShape result = operation.isPresent()
                ? operation.get().resultResponse().shape()
                : result(output.drafts().get(outputRoot.get()), responses, JavaNames.responseName(baseName));
        if (diagnostics.count(Severity.ERROR) > errorsBefore) {
            return Optional.empty();
        }

        Map<String, SchemaNode> nodes = new LinkedHashMap<>();
        freeze(input.drafts(), requests, nodes);
        freeze(output.drafts(), responses, nodes);
        List<RecordDecl> records = new ArrayList<>(requests.records);
        records.addAll(responses.records);
        if (!ClassFileLimits.check(records, nodes, diagnostics)) {
            return Optional.empty();
        }
        List<EnumDecl> enums = new ArrayList<>(requests.enums);
        responses.enums.stream()
                .filter(e -> requests.enums.stream().noneMatch(r -> sameClass(r, e)))
                .forEach(enums::add);
        List<UnionDecl> unions = new ArrayList<>(requests.unions);
        unions.addAll(responses.unions);
        Docs docs = new Docs(Optional.empty(), model.node().text("description"), Optional.empty(), model.deprecated());
        return Optional.of(new LinkedModel(
                model.file(),
                model.provider(),
                model.model(),
                model.version(),
                model.snapshot(),
                model.providerVersion(),
                model.task(),
                model.dialect(),
                docs,
                javaPackage,
                baseName,
                inputRoot.get(),
                nodes,
                records,
                enums,
                unions,
                result,
                provider.map(LinkedProvider::of),
                operation));
    }

    /**
     * Whether two enums are one class: the same name, values and documentation. A component that both the input and
     * the output refer to is copied into each one's {@code $defs} (as the OpenAPI and Cog importers do), and becomes
     * the same enum on both sides, generated once.
     */
    private static boolean sameClass(EnumDecl a, EnumDecl b) {
        return a.simpleName().equals(b.simpleName())
                && a.wireType() == b.wireType()
                && a.open() == b.open()
                && a.constants().equals(b.constants())
                && a.docs().equals(b.docs());
    }

    /** A binary string output (Cloudflare's {@code format: binary} with a {@code contentType}) is image bytes. */
    private static ResultShape result(Draft root, TypeMapper responses, String name) {
        boolean binary = root.types.size() == 1
                && root.types.contains(JsonType.STRING)
                && root.format.map(f -> f.equals("binary")).orElse(false);
        if (binary) {
            return new ResultShape.BinaryImage(root.mediaType.orElse("application/octet-stream"));
        }
        return new ResultShape.Json(responses.root(root.id, name, RecordDecl.Role.RESPONSE));
    }

    private static void freeze(Map<String, Draft> drafts, TypeMapper mapper, Map<String, SchemaNode> into) {
        for (Draft d : drafts.values()) {
            JavaType type = mapper.decidedType(d.id);
            into.put(
                    d.id,
                    new SchemaNode(
                            d.id,
                            d.source.pointer(),
                            d.location(),
                            d.alwaysFalse,
                            d.types,
                            d.enumValues,
                            d.constValue,
                            d.lower,
                            d.upper,
                            d.multipleOf,
                            d.minLength,
                            d.maxLength,
                            d.pattern,
                            d.items,
                            d.minItems,
                            d.maxItems,
                            d.required,
                            d.properties,
                            d.additionalProperties,
                            d.allOf,
                            d.anyOf,
                            d.oneOf,
                            d.ref,
                            d.docs,
                            type,
                            d.mediaType,
                            d.patternProperties,
                            d.prefixItems,
                            d.objects(),
                            d.arrays(),
                            d.conditionals(),
                            d.unevaluated(),
                            d.assertedFormat));
        }
    }
}
