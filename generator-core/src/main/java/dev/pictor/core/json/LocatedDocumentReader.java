package dev.pictor.core.json;

import dev.pictor.core.diag.Diagnostics;
import java.util.Locale;
import java.util.Optional;

/** Reads a document JSON or YAML by its file name: {@code .yaml} and {@code .yml} are YAML, anything else JSON. */
public final class LocatedDocumentReader {

    private LocatedDocumentReader() {}

    /**
     * Parses one document with the reader its name asks for.
     *
     * @param file the path shown in diagnostics, with {@code /}; its ending picks the syntax
     * @return the tree, or empty when the text cannot be read (the reasons are in {@code diagnostics})
     */
    public static Optional<LocatedNode> read(String file, byte[] content, Diagnostics diagnostics) {
        return isYaml(file)
                ? LocatedYamlReader.read(file, content, diagnostics)
                : LocatedJsonReader.read(file, content, diagnostics);
    }

    /** Whether {@code file} is read as YAML. */
    public static boolean isYaml(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
