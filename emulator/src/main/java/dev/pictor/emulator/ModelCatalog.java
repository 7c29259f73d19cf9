package dev.pictor.emulator;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The documents of a schemas root, loaded by generator-core (meta-schema checks, {@code $ref}s confined to the root,
 * refinements applied), each model's effective input schema compiled once by the reference validator.
 */
final class ModelCatalog {

    /** Errors named in the message when loading stops. */
    private static final int MAX_LISTED = 20;

    private final Map<String, ProviderDocument> providers;
    private final Map<String, List<ServedModel>> models;
    private final List<Diagnostic> problems;

    private ModelCatalog(
            Map<String, ProviderDocument> providers, Map<String, List<ServedModel>> models, List<Diagnostic> problems) {
        this.providers = providers;
        this.models = models;
        this.problems = problems;
    }

    /**
     * @param allowErrors serve what loaded even when some documents have errors (they are left out); otherwise an
     *                    error stops the start, with every error in the message
     */
    static ModelCatalog load(Path root, boolean allowErrors) {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set;
        try {
            set = DocumentLoader.load(root, diagnostics);
        } catch (SchemaRootException e) {
            throw new IllegalArgumentException("cannot read the schemas root " + root + ": " + e.getMessage(), e);
        }
        List<Diagnostic> errors = diagnostics.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty() && !allowErrors) {
            String listed =
                    errors.stream().limit(MAX_LISTED).map(Diagnostic::toText).collect(Collectors.joining("\n"));
            throw new IllegalArgumentException("the schemas in " + root + " have " + errors.size() + " error(s):\n"
                    + listed
                    + (errors.size() > MAX_LISTED ? "\n... and " + (errors.size() - MAX_LISTED) + " more" : ""));
        }
        if (set.models().isEmpty()) {
            throw new IllegalArgumentException("the schemas root " + root + " declares no model that loads");
        }
        ReferenceValidator validator = ReferenceValidator.forSchemas(set);
        Map<String, List<ServedModel>> byProvider = new TreeMap<>();
        for (ModelDocument model : set.models()) {
            ProviderDocument provider = set.providers().get(model.provider());
            if (provider == null) {
                continue; // reported by the loader as document.unknown-provider
            }
            byProvider
                    .computeIfAbsent(provider.id(), id -> new ArrayList<>())
                    .add(new ServedModel(model, provider, validator));
        }
        return new ModelCatalog(new TreeMap<>(set.providers()), byProvider, errors);
    }

    /** Every provider document, by id. */
    Map<String, ProviderDocument> providers() {
        return providers;
    }

    List<ServedModel> models(String providerId) {
        return models.getOrDefault(providerId, List.of());
    }

    /** The loader's errors (documents left out), when loading was told to go on. */
    List<Diagnostic> problems() {
        return problems;
    }
}
