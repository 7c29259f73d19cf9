package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.RootUris;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code pictor-root.json}: the URI prefixes that {@code $ref}s may name, each mapped to a folder inside the
 * schemas root whose files stand for the documents under the prefix. A mapping that leaves the root, names no folder
 * or maps Pictor's own internal prefix is reported where it is written and left out; nothing is ever fetched.
 */
final class RootConfigReader {

    private final SchemaRoot root;
    private final Diagnostics diagnostics;

    RootConfigReader(SchemaRoot root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** The root's mappings; none when the file cannot be read (reported). */
    RootUris read() {
        String file = DocumentLoader.ROOT_CONFIG;
        Optional<LocatedNode> parsed =
                root.read(file, diagnostics).flatMap(bytes -> LocatedJsonReader.read(file, bytes, diagnostics));
        if (parsed.isEmpty()) {
            return RootUris.NONE;
        }
        if (!(parsed.get() instanceof LocatedObject config)
                || !MetaSchemas.check(MetaSchemas.Kind.ROOT_CONFIG, config, diagnostics)) {
            if (!(parsed.get() instanceof LocatedObject)) {
                diagnostics.report(
                        Severity.ERROR,
                        "document.invalid",
                        parsed.get(),
                        "not a schemas-root configuration: it is a JSON object",
                        "write {\"uriMappings\": {\"https://example.com/schemas/\": \"vendor/\"}}");
            }
            return RootUris.NONE;
        }
        Map<String, String> mappings = new TreeMap<>();
        for (Member m : config.object("uriMappings").orElseThrow().members()) {
            String folder = m.value().asText().orElseThrow();
            if (m.name().startsWith(RootUris.INTERNAL)) {
                diagnostics.report(
                        Severity.ERROR,
                        "root.uri-mapping",
                        m.value(),
                        "\"" + m.name() + "\" is the URI Pictor gives the root's own files; it cannot be mapped",
                        "map the prefix the documents' $refs are written with");
                continue;
            }
            Optional<String> inside = root.resolveInside(file, folder);
            if (inside.isEmpty()
                    || inside.get().isEmpty()
                    || !Files.isDirectory(root.path().resolve(inside.get()))) {
                diagnostics.report(
                        Severity.ERROR,
                        "root.uri-mapping",
                        m.value(),
                        "\"" + folder + "\" is no folder inside the schemas root; the prefix " + m.name()
                                + " is not mapped",
                        "name a folder below the root, relative to it and ending in /, e.g. \"vendor/\"");
                continue;
            }
            mappings.put(m.name(), inside.get() + "/");
        }
        return new RootUris(mappings);
    }
}
