package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from one schemas root, in a sorted, platform-independent order.
 *
 * @param fragments shared schema files ({@code *.schema.json}) by their path relative to the root
 * @param lintRules the overrides of {@code pictor-lint.json}, if the root has one
 * @param uris      the URIs of the root's files and the prefixes its {@code pictor-root.json} maps to folders
 */
public record SchemaSet(
        Map<String, ProviderDocument> providers,
        List<ModelDocument> models,
        Map<String, LocatedNode> fragments,
        List<RuleOverride> lintRules,
        RootUris uris) {

    /** A set whose root maps no URI prefix. */
    public SchemaSet(
            Map<String, ProviderDocument> providers,
            List<ModelDocument> models,
            Map<String, LocatedNode> fragments,
            List<RuleOverride> lintRules) {
        this(providers, models, fragments, lintRules, RootUris.NONE);
    }

    public SchemaSet {
        providers = Map.copyOf(providers);
        models = List.copyOf(models);
        fragments = Map.copyOf(fragments);
        lintRules = List.copyOf(lintRules);
    }

    /** Every model seen through its refinements (see {@link ModelDocument#refined()}). */
    public SchemaSet refined() {
        return new SchemaSet(
                providers, models.stream().map(ModelDocument::refined).toList(), fragments, lintRules, uris);
    }

    public Optional<ProviderDocument> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }
}
