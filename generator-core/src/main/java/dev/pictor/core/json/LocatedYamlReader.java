package dev.pictor.core.json;

import dev.pictor.core.diag.Diagnostics;
import java.util.Optional;

/**
 * Reads YAML into the same {@link LocatedNode} tree {@link LocatedJsonReader} makes from JSON (file, line, column and
 * JSON Pointer on every value), with the same limits (depth, numbers, UTF-8, duplicate keys, each reported as
 * {@code yaml.*}), so that a finding in a YAML OpenAPI document points at its line. What JSON has no value for is a
 * located ERROR ({@code yaml.unsupported}): a tag other than JSON's, a merge key, a number in a YAML-only form, a key
 * that is not a string; so is a second document in the stream ({@code yaml.malformed}), and an alias with no anchor,
 * a recursive one, or aliases that repeat more than {@link YamlSyntax#MAX_ALIAS_NODES} values ({@code yaml.alias}).
 */
public final class LocatedYamlReader {

    private LocatedYamlReader() {}

    /**
     * Parses one YAML document.
     *
     * @param file the path shown in diagnostics, with {@code /}
     * @return the tree, or empty when the text is not YAML that stands for JSON (the reasons are in
     *         {@code diagnostics})
     */
    public static Optional<LocatedNode> read(String file, byte[] content, Diagnostics diagnostics) {
        YamlSyntax syntax = new YamlSyntax(diagnostics);
        Optional<LocatedNode> tree = new LocatedJsonReader(file, diagnostics, syntax).parse(content);
        return syntax.refused() ? Optional.empty() : tree;
    }
}
