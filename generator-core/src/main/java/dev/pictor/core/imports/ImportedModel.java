package dev.pictor.core.imports;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.Dialect;
import java.util.Objects;
import java.util.Optional;

/**
 * One model document made from one published file, before it is written: the members of the document, in the
 * order they are written, and where its model id was read (for a finding about two files of one model).
 *
 * @param file        the input file as the user named it, with {@code /}
 * @param modelAt     the node the model id comes from (the catalog's {@code name}, or the Cog document's root)
 * @param input       the input schema, as published (for Cog: with its references made local, see
 *                    {@link CogSchemaImporter})
 * @param output      the output schema, likewise
 * @param operation   OpenAPI only: the document's {@code operation} member (see {@link OpenApiImporter})
 */
public record ImportedModel(
        String file,
        LocatedNode modelAt,
        String provider,
        String model,
        String version,
        String snapshot,
        Optional<String> providerVersion,
        String task,
        String source,
        Dialect dialect,
        Optional<String> description,
        Optional<Boolean> deprecated,
        LocatedNode input,
        LocatedNode output,
        Optional<LocatedNode> operation) {

    public ImportedModel {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(modelAt, "modelAt");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(providerVersion, "providerVersion");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deprecated, "deprecated");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(operation, "operation");
    }

    /** Where the document goes, relative to the schemas root: {@code <provider>/<model path>/<version>.json}. */
    public String documentPath() {
        return provider + "/" + DocumentLoader.modelPath(model) + "/" + version + ".json";
    }

    /** The document's text: see {@link DocumentText}. */
    public String text() {
        return DocumentText.render(this);
    }
}
