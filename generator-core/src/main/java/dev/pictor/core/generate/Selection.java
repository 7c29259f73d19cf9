package dev.pictor.core.generate;

import dev.pictor.core.io.Glob;
import dev.pictor.core.model.ModelDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which models a run generates. A pattern is a {@link Glob} ({@code **} crosses {@code /}, {@code *} and {@code ?} do
 * not) that picks a model when it matches either
 * <ul>
 *   <li>the model document's path relative to the schemas root, with {@code /}:
 *       {@code cloudflare-workers-ai/**}, {@code **}{@code /flux-1-schnell/**},
 *       {@code replicate/stability-ai/stable-diffusion/2025-11-20.json}; or</li>
 *   <li>the provider's model id: {@code @cf/black-forest-labs/flux-1-schnell}, {@code @cf/runwayml/*},
 *       {@code stability-ai/**}.</li>
 * </ul>
 * With no include every model is picked; an exclude wins over an include.
 */
public final class Selection {

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final Set<String> matchedIncludes = new LinkedHashSet<>();

    public Selection(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
    }

    /** Whether the run generates {@code model}. */
    public boolean selects(ModelDocument model) {
        boolean included = includes.isEmpty();
        for (Glob g : includes) {
            if (matches(g, model)) {
                matchedIncludes.add(g.toString());
                included = true;
            }
        }
        return included && excludes.stream().noneMatch(g -> matches(g, model));
    }

    /**
     * Whether a document that could not be loaded (so its model id is unknown) concerns this run: unless an exclude
     * matches its path, it might be a model the includes meant, so its problems count.
     */
    public boolean mayConcern(String file) {
        return excludes.stream().noneMatch(g -> g.matches(file));
    }

    /** The include patterns that picked no model among those seen by {@link #selects}, as written. */
    public List<String> unmatchedIncludes() {
        List<String> unmatched = new ArrayList<>();
        for (Glob g : includes) {
            if (!matchedIncludes.contains(g.toString())) {
                unmatched.add(g.toString());
            }
        }
        return unmatched;
    }

    private static boolean matches(Glob glob, ModelDocument model) {
        return glob.matches(model.file()) || glob.matches(model.model());
    }
}
