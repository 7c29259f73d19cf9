package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One provider model at one version, as loaded: the published {@code input} and {@code output} schemas verbatim, and
 * their effective form with every refinement applied (what the provider really enforces, as far as we know).
 *
 * @param assertsFormats the document says {@code "formats": "assert"}: the generated validators check each
 *                       {@code format} Pictor knows; otherwise (the default) {@code format} is an annotation
 * @param operation      the OpenAPI operation the document was imported from, which says how a call is laid out;
 *                       empty for a model the provider's transport calls on its own terms
 */
public record ModelDocument(
        String file,
        LocatedObject node,
        String provider,
        String model,
        String version,
        LocalDate snapshot,
        Optional<String> providerVersion,
        String task,
        Origin origin,
        String source,
        Dialect dialect,
        boolean deprecated,
        boolean assertsFormats,
        LocatedNode input,
        LocatedNode output,
        List<Refinement> refinements,
        List<Example> examples,
        LocatedNode effectiveInput,
        LocatedNode effectiveOutput,
        Optional<Operation> operation) {

    public ModelDocument {
        refinements = List.copyOf(refinements);
        examples = List.copyOf(examples);
    }

    /**
     * The same document seen through its refinements: input and output are the effective schemas. Lint rules read
     * {@link #input()} and {@link #output()}; the linter runs them on both views to tell which findings a refinement
     * addresses.
     */
    public ModelDocument refined() {
        return new ModelDocument(
                file,
                node,
                provider,
                model,
                version,
                snapshot,
                providerVersion,
                task,
                origin,
                source,
                dialect,
                deprecated,
                assertsFormats,
                effectiveInput,
                effectiveOutput,
                refinements,
                examples,
                effectiveInput,
                effectiveOutput,
                operation);
    }

    /** {@code provider model@version}, for messages. */
    public String displayName() {
        return model + "@" + version;
    }
}
