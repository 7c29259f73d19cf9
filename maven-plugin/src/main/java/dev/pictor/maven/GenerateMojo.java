package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateException;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.load.SchemaRootException;
import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the typed clients: lints the schemas (an ERROR, or a WARNING with {@code failOnWarning}, stops the build
 * before anything is written), then writes, per model version, the request and response records, enums, the request
 * validator and the runtime binding into {@code outputDirectory}, and the service registration
 * {@code META-INF/services/dev.pictor.runtime.ModelBinding} into {@code resourcesDirectory}. Both are added to the
 * build: the sources as a compile source root, the resources as a resource folder.
 *
 * <p>Only changed files are written, so a build with no change in the schemas recompiles nothing; files an earlier
 * run generated that are no longer generated are deleted (Pictor lists what it generated in a {@code
 * .pictor-generated} file in each folder and deletes nothing else). On a failing finding nothing is written and the
 * output stays as the last successful run left it.
 *
 * <p>The generated code needs {@code dev.pictor:pictor-runtime} on the compile class path.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractPictorMojo {

    /** Where the generated Java sources go; added as a compile source root. */
    @Parameter(property = "pictor.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/pictor", required = true)
    private File outputDirectory;

    /** Where the generated service registration goes; added as a resource folder. */
    @Parameter(property = "pictor.resourcesDirectory",
            defaultValue = "${project.build.directory}/generated-resources/pictor", required = true)
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            return;
        }
        GenerateOptions options;
        try {
            options = new GenerateOptions(schemasDirectory.toPath(), outputDirectory.toPath(),
                    resourcesDirectory.toPath(), basePackage, includes, excludes, overrides(), failOnWarning);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration of pictor:generate: " + e.getMessage());
        }
        GenerateResult result;
        try {
            result = Generator.standard().run(options);
        } catch (SchemaRootException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (GenerateException e) {
            throw new MojoExecutionException("Pictor generate: " + e.getMessage(), e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.NOTE) {
                log.debug(d.toText()); // pictor:lint lists them; -X shows them here
            } else {
                log(d);
            }
        }
        result.warnings().forEach(w -> log.warn("Pictor generate: " + w));
        if (result.failed()) {
            throw new MojoFailureException("Pictor generate failed: "
                    + plural(result.count(Severity.ERROR), "error") + ", "
                    + plural(result.count(Severity.WARNING), "warning")
                    + (result.count(Severity.ERROR) > 0 ? "" : " and failOnWarning is set")
                    + " (findings above; schemas in " + schemasDirectory + "); nothing was written");
        }
        log.info("Pictor: " + result.summary());
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        addResources();
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
