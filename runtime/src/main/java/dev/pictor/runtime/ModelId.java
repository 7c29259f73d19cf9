package dev.pictor.runtime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which model version a generated binding is for: the provider ({@code cloudflare-workers-ai}), the provider's model
 * id ({@code @cf/black-forest-labs/flux-1-schnell}), the version of the model document ({@code 2025-11-20}, or the
 * provider's own version id) and the snapshot date by which versions of one model are ordered.
 */
public record ModelId(String provider, String model, String version, LocalDate snapshot) {

    public ModelId {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
