package dev.pictor.maven;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateException;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.load.SchemaRootException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the typed clients: lints the schemas (an ERROR, or a WARNING with {@code failOnWarning}, stops the build
 * before anything is written), then writes, per model version, the request and response records, enums, the request
 * validator and the adapter (from {@code templatesDirectory}'s templates, if given) into {@code outputDirectory},
 * and the service registration
 * {@code META-INF/services/dev.pictor.runtime.ModelBinding} into {@code resourcesDirectory}. Both are added to the
 * build: the sources as a compile source root, the resources as a resource folder.
 *
 * <p>Only changed files are written, so a build with no change in the schemas recompiles nothing; files an earlier
 * run generated that are no longer generated are deleted (Pictor lists what it generated in a {@code
 * .pictor-generated} file in each folder and deletes nothing else). On a failing finding, or an output folder that cannot be
 * written, nothing is written and the output stays as the last successful run left it; each folder's new content is
 * built beside it and switched in, so a build killed at any moment leaves the old output or the new one.
 *
 * <p>A rebuild with nothing changed skips all of this: a fingerprint of every input (each document the loader reads,
 * any other folder the options name, the whole configuration, the plugin's version and jars) and one of the output
 * files (manifests, and each listed file's size and modification time) are kept in {@code generate.fingerprint}, in
 * the execution's own folder under {@code target/pictor}; when both match, the goal logs
 * {@code Pictor: up to date (fingerprint …) in N ms} and touches nothing. See {@link UpToDate}.
 *
 * <p>With {@code schemaArtifacts}, the documents come from dependencies that ship them under {@code pictor/schemas/}
 * (merged with {@code schemasDirectory} when it exists; see {@link SchemaSources}); the goal therefore asks Maven for
 * the project's compile-scope dependencies.
 *
 * <p>The generated code needs {@code dev.pictor:pictor-runtime} on the compile class path.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        threadSafe = true,
        requiresProject = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractPictorMojo {

    /** Where the generated Java sources go; added as a compile source root. */
    @Parameter(
            property = "pictor.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/pictor",
            required = true)
    private File outputDirectory;

    /** Where the generated service registration goes; added as a resource folder. */
    @Parameter(
            property = "pictor.resourcesDirectory",
            defaultValue = "${project.build.directory}/generated-resources/pictor",
            required = true)
    private File resourcesDirectory;

    /**
     * The package every generated package starts with: a model's classes are in
     * {@code <basePackage>.<provider>.<model path>.v<version>}.
     */
    @Parameter(property = "pictor.basePackage", defaultValue = GenerateOptions.DEFAULT_BASE_PACKAGE, required = true)
    private String basePackage;

    /**
     * Globs that pick the models to generate (every model when none is given). A glob matches a model when it matches
     * its document path relative to the schemas directory ({@code cloudflare-workers-ai/**}) or its model id
     * ({@code @cf/black-forest-labs/*}); {@code **} crosses {@code /}, {@code *} and {@code ?} do not.
     */
    @Parameter
    private List<String> includes;

    /** Globs that leave models out, as {@code includes}; an exclude wins over an include. */
    @Parameter
    private List<String> excludes;

    /**
     * A folder of the project's own adapter templates (Mustache): a file there named like one of Pictor's
     * ({@code cloudflare-workers-ai.java.mustache}, {@code replicate-predictions.java.mustache},
     * {@code runpod-serverless.java.mustache}, {@code json-gateway.java.mustache}, {@code unknown.java.mustache}) is
     * rendered in its place. None by default: Pictor's templates.
     */
    @Parameter(property = "pictor.templatesDirectory")
    private File templatesDirectory;

    /**
     * Each generated validator also checks a request's JSON form: {@code validateJson(JsonNode)} beside
     * {@code validate(Request)}, for a value the request's types cannot hold. Off by default.
     */
    @Parameter(property = "pictor.jsonValidation", defaultValue = "false")
    private boolean jsonValidation;

    /**
     * Dependencies of this project whose jars hold model documents under {@code pictor/schemas/} (as
     * {@code pictor-schemas} packages them), as {@code groupId:artifactId} or {@code groupId:artifactId:version}: their
     * documents are generated from, merged with those of {@code schemasDirectory} when that folder exists (a path in
     * two sources must hold the same bytes). Declare each as a dependency; {@code <scope>provided</scope>} keeps it off
     * the run-time class path. Nothing is downloaded by the goal itself.
     */
    @Parameter(property = "pictor.schemaArtifacts")
    private List<String> schemaArtifacts;

    /**
     * Skips this goal only ({@code pictor.skip} skips every Pictor goal). The output folders are still added to the
     * build, so that what an earlier build generated still compiles.
     */
    @Parameter(property = "pictor.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    boolean goalSkip() {
        return skipGenerate;
    }

    @Override
    String goalSkipProperty() {
        return "pictor.generate.skip";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            // Skipping the work must not break the build: what an earlier build generated stays in the build.
            addRoots();
            return;
        }
        long start = System.nanoTime();
        Set<Artifact> artifacts = project.getArtifacts();
        SchemaSources.Resolved sources = SchemaSources.resolve(
                schemasDirectory,
                schemaArtifacts,
                artifacts == null ? Set.of() : artifacts,
                workFolder().resolve("schemas"));
        GenerateOptions options;
        try {
            options = new GenerateOptions(
                            sources.root(),
                            outputDirectory.toPath(),
                            resourcesDirectory.toPath(),
                            basePackage,
                            includes,
                            excludes,
                            overrides(),
                            failOnWarning)
                    .withTemplatesDirectory(templatesDirectory == null ? null : templatesDirectory.toPath())
                    .withJsonValidation(jsonValidation);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration of pictor:generate: " + e.getMessage());
        }
        UpToDate upToDate = new UpToDate(workFolder().resolve("generate.fingerprint"), goal());
        List<Path> outputs = List.of(options.sourceDirectory(), options.resourceDirectory());
        Optional<String> inputs;
        Optional<String> stale;
        try {
            long configured = System.nanoTime();
            inputs = UpToDate.inputs(options, pluginStamp());
            long fingerprinted = System.nanoTime();
            stale = upToDate.staleness(inputs, outputs);
            log.debug("Pictor generate: configured in " + (configured - start) / 1_000_000 + " ms, inputs"
                    + " fingerprinted in " + (fingerprinted - configured) / 1_000_000 + " ms, outputs checked in "
                    + millis(fingerprinted) + " ms");
        } catch (IOException e) {
            inputs = Optional.empty();
            stale = Optional.of("an input could not be fingerprinted: " + e.getMessage());
        }
        // An IDE's full build (not incremental) runs the pipeline anyway: it has cleared the problem markers that the
        // last run reported, and only a run reports them again.
        boolean mayskip = !reportsToIde() || buildContext.isIncremental();
        if (stale.isEmpty() && mayskip) {
            log.info("Pictor: up to date (fingerprint " + UpToDate.shortHex(inputs.orElseThrow()) + ") in "
                    + millis(start) + " ms");
            addRoots();
            return;
        }
        log.debug("Pictor generate: generating, because " + stale.orElse("the IDE asked for a full build")
                + "; schemas from " + sources.summary());
        GenerateResult result;
        try {
            upToDate.forget();
            Generator generator = Generator.standard().withLintCache(lintCache());
            Optional<LintResult> linted = SharedLint.fingerprint(sources.root(), options.ruleOverrides(), pluginStamp())
                    .flatMap(fingerprint -> SharedLint.find(project, fingerprint));
            if (linted.isPresent()) {
                log.debug("Pictor generate: generating from the documents and findings of pictor:lint in this build");
            }
            result = linted.isPresent() ? generator.run(options, linted.get()) : generator.run(options);
        } catch (SchemaRootException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (GenerateException e) {
            throw new MojoExecutionException("Pictor generate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Pictor generate: cannot delete " + upToDate.stateFile() + ": " + e.getMessage(), e);
        }
        // Once per build: what pictor:lint logged earlier in this build is not logged again.
        logFindings(result.diagnostics(), sources::fileOf);
        logFailures(result.failures());
        result.warnings().forEach(w -> log.warn("Pictor generate: " + w));
        report(inputFiles(options, sources), result.diagnostics(), sources::fileOf);
        if (result.failed()) {
            throw new MojoFailureException("Pictor generate failed: "
                    + plural(result.count(Severity.ERROR), "error") + ", "
                    + plural(result.count(Severity.WARNING), "warning")
                    + (result.count(Severity.ERROR) > 0 ? "" : " and failOnWarning is set")
                    + " (findings above; schemas in " + sources.root() + "); nothing was written");
        }
        if (inputs.isPresent()) {
            try {
                Optional<String> written = UpToDate.outputs(outputs);
                if (written.isPresent()) {
                    upToDate.write(new UpToDate.State(inputs.get(), written.get()));
                }
            } catch (IOException e) {
                // The next run is a full one, which is correct; say so, do not fail a good build over it.
                log.warn("Pictor generate: cannot record the fingerprint in " + upToDate.stateFile() + ": "
                        + e.getMessage() + "; the next build generates again");
            }
        }
        if (buildContext != null) {
            buildContext.refresh(outputDirectory);
            buildContext.refresh(resourcesDirectory);
        }
        log.info("Pictor: " + result.summary());
        addRoots();
    }

    /** The generated sources as a compile source root, the resources as a resource folder: on every run, skipped too. */
    private void addRoots() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        addResources();
    }

    /** The files whose IDE messages a run replaces: every document, and every file of another input folder. */
    private static List<File> inputFiles(GenerateOptions options, SchemaSources.Resolved sources) {
        List<File> files = new ArrayList<>();
        documents(sources.root()).forEach(d -> files.add(sources.fileOf(d)));
        for (Path input : UpToDate.otherInputs(options)) {
            if (Files.isDirectory(input)) {
                try (var walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).forEach(f -> files.add(f.toFile()));
                } catch (IOException | RuntimeException e) {
                    // the run itself reports an unreadable folder
                }
            }
        }
        return files;
    }

    /** Adds the resource folder once (a second execution in one build must not add it twice). */
    private void addResources() {
        String folder = resourcesDirectory.getAbsolutePath();
        boolean present = project.getResources().stream().anyMatch(r -> folder.equals(r.getDirectory()));
        if (!present) {
            Resource resource = new Resource();
            resource.setDirectory(folder);
            resource.addExclude(".pictor-generated");
            project.addResource(resource);
        }
    }
}
