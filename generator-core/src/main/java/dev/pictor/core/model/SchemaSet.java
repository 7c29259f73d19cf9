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
 */
public record SchemaSet(
        Map<String, ProviderDocument> providers,
        List<ModelDocument> models,
        Map<String, LocatedNode> fragments,
        List<RuleOverride> lintRules) {

    public SchemaSet {
        providers = Map.copyOf(providers);
        models = List.copyOf(models);
        fragments = Map.copyOf(fragments);
        lintRules = List.copyOf(lintRules);
    }

    /** Every model seen through its refinements (see {@link ModelDocument#refined()}). */
    public SchemaSet refined() {
        return new SchemaSet(
                providers, models.stream().map(ModelDocument::refined).toList(), fragments, lintRules);
    }

    public Optional<ProviderDocument> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }
}
