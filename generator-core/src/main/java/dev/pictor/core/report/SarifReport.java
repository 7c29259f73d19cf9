package dev.pictor.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.lint.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings as a SARIF 2.1.0 log, for CI code scanning: one run, whose {@code tool.driver} lists every code a run
 * can report ({@link Rules#catalog()}) as its rules, and one result per finding, in the result's sorted order.
 *
 * <p>Each result carries its {@code ruleId} and {@code ruleIndex}, its {@code level}, the message followed by
 * {@code (hint: ...)} when there is a hint, a location relative to the base id {@value #ROOT_BASE_ID} (the schemas
 * root, whose {@code uri} in {@code originalUriBaseIds} is given by the front end: relative to the working directory
 * when the root lies in it, so that a code-scanning service maps each location to a file of the repository) with the
 * 1-based start line and column, and the JSON Pointer of the node in {@code properties.pointer}.
 */
public final class SarifReport implements LintReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String TOOL_NAME = "Pictor";
    public static final String INFORMATION_URI = "https://pictor.dev/";
    /** The {@code uriBaseId} every artifact location is relative to. */
    public static final String ROOT_BASE_ID = "SCHEMAS_ROOT";

    private final Optional<String> toolVersion;
    private final Optional<String> rootUri;

    /** A report whose tool version is this jar's package version, if the manifest has one. */
    public SarifReport() {
        this(packageVersion());
    }

    /** @param toolVersion written as {@code tool.driver.semanticVersion}; nothing is written when empty */
    public SarifReport(Optional<String> toolVersion) {
        this(toolVersion, Optional.empty());
    }

    /**
     * @param toolVersion written as {@code tool.driver.version} and {@code semanticVersion}; nothing when empty
     * @param rootUri     the {@code uri} of the base {@value #ROOT_BASE_ID} ({@link #rootUri(Path, Path)}); without
     *                    it the base has a description only
     */
    public SarifReport(Optional<String> toolVersion, Optional<String> rootUri) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion").filter(v -> !v.isBlank());
        this.rootUri = Objects.requireNonNull(rootUri, "rootUri").filter(v -> !v.isBlank());
    }

    /**
     * The {@code uri} of the schemas root as the base of every location, ending with {@code /}: a relative reference
     * ({@code schemas/}) when the root lies inside {@code workingDirectory}, so that a code-scanning service resolves
     * the locations to files of the repository checked out there; its {@code file:} URI otherwise. The working
     * directory itself is {@code ./}.
     */
    public static String rootUri(Path root, Path workingDirectory) {
        Path absolute = root.toAbsolutePath().normalize();
        Path here = workingDirectory.toAbsolutePath().normalize();
        if (absolute.startsWith(here)) {
            StringBuilder relative = new StringBuilder();
            for (Path part : here.relativize(absolute)) {
                if (!part.toString().isEmpty()) {
                    relative.append(part).append('/');
                }
            }
            return relative.length() == 0 ? "./" : uriOf(relative.toString());
        }
        String uri = absolute.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The {@code Implementation-Version} of the jar this class was loaded from, when there is one. */
    public static Optional<String> packageVersion() {
        Package p = SarifReport.class.getPackage();
        return Optional.ofNullable(p == null ? null : p.getImplementationVersion())
                .filter(v -> !v.isBlank());
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        ReportJson.write(toJson(result.diagnostics()), out);
    }

    public ObjectNode toJson(List<Diagnostic> diagnostics) {
        return toJson(diagnostics, Rules.catalog());
    }

    /**
     * The log of a run whose codes are listed in {@code catalog} rather than {@link Rules#catalog()} (the compatibility
     * check's codes); {@code results[i]} is {@code diagnostics.get(i)}.
     */
    public ObjectNode toJson(List<Diagnostic> diagnostics, List<RuleInfo> catalog) {
        ObjectNode log = ReportJson.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", SARIF_VERSION);
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("informationUri", INFORMATION_URI);
        toolVersion.ifPresent(v -> {
            driver.put("version", v);
            driver.put("semanticVersion", v);
        });
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleInfo info : catalog) {
            ruleIndex.putIfAbsent(info.code(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", info.code());
            rule.putObject("shortDescription").put("text", info.summary());
            rule.putObject("defaultConfiguration")
                    .put("level", info.defaultSeverity().sarifLevel());
        }

        ObjectNode base = run.putObject("originalUriBaseIds").putObject(ROOT_BASE_ID);
        rootUri.ifPresent(uri -> base.put("uri", uri));
        base.putObject("description").put("text", "The schemas root the run read; every location is relative to it.");

        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.code());
            Integer index = ruleIndex.get(d.code());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", d.severity().sarifLevel());
            result.putObject("message")
                    .put("text", d.hint().isEmpty() ? d.message() : d.message() + " (hint: " + d.hint() + ")");
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uriOf(d.location().file()));
            artifact.put("uriBaseId", ROOT_BASE_ID);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", Math.max(1, d.location().line()));
            region.put("startColumn", Math.max(1, d.location().column()));
            result.putObject("properties").put("pointer", d.pointer());
        }
        return log;
    }

    /**
     * A root-relative path as a relative URI reference: {@code /} separates segments, and every byte of the UTF-8
     * form that is not an unreserved character or one of {@code !$&'()*+,;=@} is percent-encoded (so a {@code :} can
     * never be read as a scheme, nor a space, {@code #} or {@code %} break the reference).
     */
    public static String uriOf(String relativePath) {
        StringBuilder uri = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }
}
