package dev.pictor.core.imports;

import java.util.Locale;
import java.util.Optional;

/** The published formats Pictor imports, and the provider each one belongs to. */
public enum ImportFormat {

    /** One file of the Cloudflare Workers AI model catalog: {@code name}, {@code task}, {@code schema {input, output}}. */
    CLOUDFLARE("cloudflare", "cloudflare-workers-ai"),

    /**
     * The model object Replicate serves ({@code GET /v1/models/{owner}/{name}}), or the bare OpenAPI document Cog
     * generates for a Replicate model: {@code components.schemas.Input} and {@code Output}.
     */
    REPLICATE("replicate", "replicate"),

    /**
     * An OpenAPI 3.0 or 3.1 document of a provider's HTTP API: each selected operation becomes a model document, and
     * its servers and securitySchemes the provider document. The provider is named on import
     * ({@link OpenApiSelection#provider()}).
     */
    OPENAPI("openapi", "");

    private final String cliName;
    private final String provider;

    ImportFormat(String cliName, String provider) {
        this.cliName = cliName;
        this.provider = provider;
    }

    /** How the command line names the format: {@code cloudflare}, {@code replicate}, {@code openapi}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The provider id the imported documents get, and the folder they go to; empty for {@link #OPENAPI}, whose
     * provider is named on import (see {@link ImportOptions#provider()}).
     */
    public String provider() {
        return provider;
    }

    public static Optional<ImportFormat> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.cliName.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
