package dev.pictor.core.generate;

import com.palantir.javapoet.JavaFile;
import dev.pictor.core.codegen.AdapterEmitter;
import dev.pictor.core.codegen.AdapterTemplates;
import dev.pictor.core.codegen.TemplateException;
import dev.pictor.core.codegen.TypeEmitter;
import dev.pictor.core.codegen.ValidatorEmitter;
import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.link.SourceFiles;
import dev.pictor.core.lint.LintCache;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.Progress;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The generation pipeline behind every front end: lint, pick the models, link, emit, write.
 *
 * <ol>
 *   <li>Lints the schemas root; a lint ERROR (or WARNING, with {@code failOnWarning}) in a picked model, in a
 *       provider document, a shared fragment, the lint configuration, or a document that could not be loaded, stops
 *       the run.</li>
 *   <li>Picks the models by the includes and excludes ({@link Selection}) and links them.</li>
 *   <li>Emits, per model, the request, nested and response records and enums, the request's validator and the
 *       adapter, rendered from the template of the provider's transport kind (a user's templates folder may override
 *       any template; see {@link AdapterTemplates}), and one
 *       {@code META-INF/services/dev.pictor.runtime.ModelBinding} listing every adapter the runtime can instantiate,
 *       sorted. Everything is rendered to text in memory first; a template that fails is a finding located in the
 *       template.</li>
 *   <li>Only when the whole run has no failing finding does it touch the output folders ({@link OutputFolders}): a
 *       file is written only when its bytes differ, and files an earlier run generated that this one does not are
 *       deleted, all at once: the new content of a folder is built beside it and switched in, so a run that fails
 *       or is killed leaves the old output or the new one, never a mix. On a failing finding, or a folder that
 *       cannot be written, nothing at all is written: the output stays as the last run left it, and the front end
 *       fails the build.</li>
 * </ol>
 *
 * <p>The output is the same bytes on every machine, in every locale: inputs in sorted path order, no timestamps or
 * absolute paths in any file, {@code \n} line ends, UTF-8.
 */
public final class Generator {

    /** The service registration, relative to the resource folder. */
    public static final String SERVICES_FILE = "META-INF/services/dev.pictor.runtime.ModelBinding";

    /** The Java files of one model, as the run's options ask for them. */
    @FunctionalInterface
    public interface ModelEmitter {
        List<JavaFile> emit(LinkedModel model, GenerateOptions options);
    }

    private final Linter linter;
    private final List<ModelEmitter> emitters;
    private final InOrder workers;

    /**
     * @param emitters what each model becomes; the adapter is always rendered too, last
     */
    public Generator(Linter linter, List<ModelEmitter> emitters) {
        this(linter, emitters, InOrder.SEQUENTIAL);
    }

    private Generator(Linter linter, List<ModelEmitter> emitters, InOrder workers) {
        this.linter = linter;
        this.emitters = List.copyOf(emitters);
        this.workers = workers;
    }

    /** Every built-in lint rule; types, validator and adapter per model; on every available processor. */
    public static Generator standard() {
        return new Generator(
                        Linter.standard(),
                        List.of(
                                (model, options) -> TypeEmitter.emit(model),
                                (model, options) -> List.of(ValidatorEmitter.emit(model, options.jsonValidation()))))
                .withWorkers(InOrder.availableProcessors());
    }

    /**
     * This generator, linting, linking and emitting the models on {@code workers} (its linter's too): the output and
     * the findings are the same bytes as on one thread, since whatever is decided across models is decided in their
     * order once each model's own work is done.
     */
    public Generator withWorkers(InOrder workers) {
        return new Generator(linter.withWorkers(workers), emitters, workers);
    }

    /** This generator, its linter reading and writing the findings of unchanged documents in {@code cache}. */
    public Generator withLintCache(LintCache cache) {
        return new Generator(linter.withCache(cache), emitters, workers);
    }

    /**
     * Runs the pipeline.
     *
     * @throws SchemaRootException when the schemas root cannot be read at all (missing, not a folder)
     * @throws GenerateException   when an output folder cannot be used or written; nothing is then written, the
     *                             output is as the last run left it
     */
    public GenerateResult run(GenerateOptions options) throws SchemaRootException, GenerateException {
        return run(options, Progress.NONE, Progress.NONE);
    }

    /**
     * Runs the pipeline, telling {@code loading} after each document read and {@code generating} after each model
     * emitted (once per model, failed or not); the output and the findings are those of {@link #run(GenerateOptions)}.
     *
     * @throws SchemaRootException when the schemas root cannot be read at all (missing, not a folder)
     * @throws GenerateException   when an output folder cannot be used or written; nothing is then written
     */
    public GenerateResult run(GenerateOptions options, Progress loading, Progress generating)
            throws SchemaRootException, GenerateException {
        return run(options, Optional.empty(), loading, generating);
    }

    /**
     * Runs the pipeline on the documents and findings of a lint run of the same schemas root, with the same rule
     * overrides, that has just been done (a build's lint goal, before generate), instead of loading and linting
     * again; the output and the findings are those of {@link #run(GenerateOptions)}.
     *
     * @throws GenerateException when an output folder cannot be used or written
     */
    public GenerateResult run(GenerateOptions options, LintResult lint) throws GenerateException {
        try {
            return run(options, Optional.of(lint), Progress.NONE, Progress.NONE);
        } catch (SchemaRootException e) {
            throw new IllegalStateException("a lint result was given: the root is not read", e);
        }
    }

    private GenerateResult run(
            GenerateOptions options, Optional<LintResult> linted, Progress loading, Progress generating)
            throws SchemaRootException, GenerateException {
        long start = System.nanoTime();
        Path sources = absolute(options.sourceDirectory());
        Path resources = absolute(options.resourceDirectory());
        checkOutside(options.schemasRoot(), sources, "source");
        checkOutside(options.schemasRoot(), resources, "resource");
        Plan plan = plan(
                options,
                linted.isPresent()
                        ? linted.get()
                        : linter.lint(options.schemasRoot(), options.ruleOverrides(), loading),
                generating);
        if (plan.failed()) {
            return new GenerateResult(
                    plan.diagnostics(),
                    plan.warnings(),
                    true,
                    0,
                    plan.leftOut(),
                    0,
                    0,
                    0,
                    millis(start),
                    plan.failures());
        }
        Map<Path, SortedMap<String, byte[]>> folders = new LinkedHashMap<>();
        folders.put(sources, new TreeMap<>());
        folders.put(resources, new TreeMap<>());
        for (GeneratedFile f : plan.files()) {
            folders.get(f.kind() == GeneratedFile.Kind.SOURCE ? sources : resources)
                    .put(f.path(), f.bytes());
        }
        OutputFolders.Counts counts = new OutputFolders().sync(folders);
        return new GenerateResult(
                plan.diagnostics(),
                plan.warnings(),
                false,
                plan.models(),
                plan.leftOut(),
                counts.written(),
                counts.unchanged(),
                counts.deleted(),
                millis(start),
                plan.failures());
    }

    /**
     * Everything a run would write, rendered in memory, and its findings; nothing is written. {@link #run} writes
     * exactly these files.
     *
     * @throws SchemaRootException when the schemas root cannot be read at all
     */
    public Plan plan(GenerateOptions options) throws SchemaRootException {
        return plan(options, Progress.NONE, Progress.NONE);
    }

    /**
     * The plan of {@link #plan(GenerateOptions)}, telling {@code loading} after each document read and {@code
     * generating} after each model emitted.
     *
     * @throws SchemaRootException when the schemas root cannot be read at all
     */
    public Plan plan(GenerateOptions options, Progress loading, Progress generating) throws SchemaRootException {
        return plan(options, linter.lint(options.schemasRoot(), options.ruleOverrides(), loading), generating);
    }

    /** The plan of {@link #plan(GenerateOptions)} from the documents and findings of a lint run of its root. */
    private Plan plan(GenerateOptions options, LintResult lint, Progress generating) {
        Diagnostics templateFindings = new Diagnostics();
        AdapterTemplates templates = AdapterTemplates.load(options.templatesDirectory(), templateFindings);
        Selection selection = new Selection(options.includes(), options.excludes());
        List<ModelDocument> picked =
                lint.schemas().models().stream().filter(selection::selects).toList();
        int leftOut = lint.schemas().models().size() - picked.size();
        List<String> warnings = selection.unmatchedIncludes().stream()
                .map(g -> "include pattern \"" + g + "\" matches no model document path or model id")
                .toList();
        List<Diagnostic> diagnostics = new ArrayList<>(concerning(lint, picked, selection));
        diagnostics.addAll(templateFindings.sorted());
        if (fails(diagnostics, options.failOnWarning())) {
            return new Plan(diagnostics, warnings, true, 0, leftOut, List.of(), lint.failures());
        }
        Diagnostics linking = new Diagnostics();
        SchemaSet set = lint.schemas();
        List<LinkedModel> models = new Linker(options.basePackage(), linking, workers)
                .link(new SchemaSet(set.providers(), picked, set.fragments(), set.lintRules(), set.uris()));
        Map<String, GeneratedFile> files = new TreeMap<>();
        Set<String> failedTemplates = new TreeSet<>();
        List<Emitted> emitted = workers.map(models, model -> emit(model, options, templates));
        for (int i = 0; i < models.size(); i++) {
            merge(models.get(i), emitted.get(i), files, linking, failedTemplates);
            generating.done(i + 1, models.size());
        }
        diagnostics.addAll(linking.sorted());
        List<InternalFailure> failures = new ArrayList<>(lint.failures());
        failures.addAll(linking.failures());
        if (fails(diagnostics, options.failOnWarning())) {
            return new Plan(diagnostics, warnings, true, 0, leftOut, List.of(), failures);
        }
        GeneratedFile services = services(models);
        files.put(key(services), services);
        return new Plan(diagnostics, warnings, false, models.size(), leftOut, List.copyOf(files.values()), failures);
    }

    /**
     * What a run generates, before anything is written.
     *
     * @param diagnostics the findings that concern the run, sorted
     * @param warnings    configuration problems that are no finding in a document
     * @param failed      a finding fails the run; {@code files} is then empty
     * @param models      how many models are generated
     * @param leftOut     how many loaded models the includes and excludes left out
     * @param files       every file, sources and resources, in a fixed order
     * @param failures    the failures of Pictor itself on single documents, each an {@code internal.failed} finding
     *                    of {@code diagnostics}, with its stack trace for a front end's debug output
     */
    public record Plan(
            List<Diagnostic> diagnostics,
            List<String> warnings,
            boolean failed,
            int models,
            int leftOut,
            List<GeneratedFile> files,
            List<InternalFailure> failures) {

        public Plan {
            List<Diagnostic> sorted = new ArrayList<>(diagnostics);
            Collections.sort(sorted);
            diagnostics = List.copyOf(sorted);
            warnings = List.copyOf(warnings);
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    /**
     * What one model became, emitted apart from the others (so that models can be emitted on several threads): its
     * files, or why it has none.
     *
     * @param sources         the model's files; empty when it failed
     * @param templateFailure the adapter's template failed
     * @param failure         Pictor itself failed on the model
     */
    private record Emitted(
            List<GeneratedFile> sources,
            Optional<TemplateException> templateFailure,
            Optional<InternalFailure> failure) {}

    /**
     * Emits one model's files; an emitter that fails is an {@link InternalFailure} on the model's document, not a
     * stack trace, and a template that fails is kept for {@link #merge}.
     */
    private Emitted emit(LinkedModel model, GenerateOptions options, AdapterTemplates templates) {
        List<GeneratedFile> sources = new ArrayList<>();
        try {
            for (ModelEmitter emitter : emitters) {
                for (JavaFile javaFile : emitter.emit(model, options)) {
                    sources.add(new GeneratedFile(
                            GeneratedFile.Kind.SOURCE,
                            javaFile.packageName().replace('.', '/') + "/"
                                    + javaFile.typeSpec().name() + ".java",
                            render(javaFile)));
                }
            }
            try {
                AdapterEmitter.Source adapter = AdapterEmitter.emit(model, templates);
                sources.add(new GeneratedFile(GeneratedFile.Kind.SOURCE, adapter.path(), adapter.content()));
            } catch (TemplateException e) {
                return new Emitted(List.of(), Optional.of(e), Optional.empty());
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Emitted(
                    List.of(),
                    Optional.empty(),
                    Optional.of(InternalFailure.of(SourceLocation.startOf(model.file()), "generating the code", e)));
        }
        return new Emitted(sources, Optional.empty(), Optional.empty());
    }

    /**
     * Adds one model's files to {@code files}, in the models' order: a failure of Pictor is reported on the model's
     * document, a template that fails an ERROR located in the template, reported once per template (not once per
     * model: a later model of the same template adds nothing), and a file another model already generated an ERROR.
     */
    private static void merge(
            LinkedModel model,
            Emitted emitted,
            Map<String, GeneratedFile> files,
            Diagnostics diagnostics,
            Set<String> failedTemplates) {
        if (emitted.failure().isPresent()) {
            diagnostics.failed(emitted.failure().get());
            return;
        }
        String template = AdapterEmitter.templateName(model);
        if (failedTemplates.contains(template)) {
            return;
        }
        if (emitted.templateFailure().isPresent()) {
            TemplateException e = emitted.templateFailure().get();
            failedTemplates.add(template);
            diagnostics.report(
                    Severity.ERROR,
                    "generate.template-failed",
                    e.location(),
                    "cannot render the adapter of " + model.modelId() + "@" + model.version() + ": " + e.getMessage(),
                    e.builtIn()
                            ? "this is a bug in Pictor; please report it with this document"
                            : "fix the template, or remove it to use the built-in one");
            return;
        }
        for (GeneratedFile file : emitted.sources()) {
            GeneratedFile previous = files.putIfAbsent(key(file), file);
            if (previous != null) { // lint plans the same files (SourceFiles): only a bug in Pictor gets here
                SourceFiles.collision(SourceLocation.startOf(model.file()), file.path(), diagnostics);
            }
        }
    }

    /** The Java source of a file: JavaPoet's text, with {@code \n} line ends and a final line end. */
    static String render(JavaFile file) {
        StringBuilder text = new StringBuilder();
        try {
            file.writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        String source = text.toString().replace("\r\n", "\n");
        return source.endsWith("\n") ? source : source + "\n";
    }

    /**
     * {@value #SERVICES_FILE}: the class name of every adapter the runtime can instantiate, sorted, one per line (not
     * the abstract adapters of transport kinds the runtime does not know: their users register their subclasses).
     */
    static GeneratedFile services(List<LinkedModel> models) {
        Set<String> names = new TreeSet<>();
        for (LinkedModel model : models) {
            if (AdapterEmitter.registered(model)) {
                names.add(AdapterEmitter.className(model).canonicalName());
            }
        }
        StringBuilder text = new StringBuilder("# Generated by Pictor: the model bindings of this jar. Do not edit.\n");
        names.forEach(n -> text.append(n).append('\n'));
        return new GeneratedFile(GeneratedFile.Kind.RESOURCE, SERVICES_FILE, text.toString());
    }

    /**
     * The lint findings that concern this run: those of picked models, of provider documents, shared fragments
     * and the lint configuration, and of documents that could not be loaded (unless an exclude names them).
     * Findings about models the selection left out are the lint goal's business, not this run's.
     */
    private static List<Diagnostic> concerning(LintResult lint, List<ModelDocument> picked, Selection selection) {
        Set<String> modelFiles =
                lint.schemas().models().stream().map(ModelDocument::file).collect(Collectors.toSet());
        Set<String> pickedFiles = picked.stream().map(ModelDocument::file).collect(Collectors.toSet());
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : lint.diagnostics()) {
            String file = d.location().file();
            boolean concerns = modelFiles.contains(file) ? pickedFiles.contains(file) : selection.mayConcern(file);
            if (concerns) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean fails(List<Diagnostic> diagnostics, boolean failOnWarning) {
        return diagnostics.stream()
                .anyMatch(d -> d.severity() == Severity.ERROR || (failOnWarning && d.severity() == Severity.WARNING));
    }

    /** Output inside the schemas root would be read as input by the next run, or replace a document. */
    private static void checkOutside(Path schemasRoot, Path output, String what) throws GenerateException {
        try {
            Path rootReal = Files.exists(schemasRoot) ? schemasRoot.toRealPath() : absolute(schemasRoot);
            Path existing = output;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            Path outputReal = existing == null
                    ? output
                    : existing.toRealPath().resolve(existing.relativize(output)).normalize();
            if (outputReal.startsWith(rootReal)) {
                throw new GenerateException("the " + what + " output folder " + output + " is inside the schemas root "
                        + schemasRoot + ", which is only read; generate elsewhere");
            }
        } catch (IOException e) {
            throw new GenerateException(
                    "cannot use the " + what + " output folder " + output + ": " + AtomicFiles.reason(e), e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String key(GeneratedFile file) {
        return file.kind() + ":" + file.path();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
