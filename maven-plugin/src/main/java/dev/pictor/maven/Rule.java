package dev.pictor.maven;

/**
 * One {@code <rule>} of the lint goal's {@code <rules>}: a new severity for a rule's findings, or their suppression,
 * optionally only in some files, always with a reason.
 *
 * <pre>{@code
 * <rule>
 *   <code>description.prose-range</code>
 *   <files>replicate/**</files>
 *   <severity>NOTE</severity>   <!-- ERROR, WARNING, NOTE, or off to suppress -->
 *   <why>Replicate's Cog schemas state every range in prose; refinements carry them.</why>
 * </rule>
 * }</pre>
 *
 * <p>Maven fills the fields from the POM; the class has no behaviour, {@link RuleOverrides} checks and maps it.
 */
public class Rule {

    private String code;
    private String files;
    private String severity;
    private String why;

    public Rule() {}

    Rule(String code, String files, String severity, String why) {
        this.code = code;
        this.files = files;
        this.severity = severity;
        this.why = why;
    }

    public String getCode() {
        return code;
    }

    public String getFiles() {
        return files;
    }

    public String getSeverity() {
        return severity;
    }

    public String getWhy() {
        return why;
    }
}
