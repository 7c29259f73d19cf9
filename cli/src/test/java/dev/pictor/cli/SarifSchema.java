package dev.pictor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.ClasspathResourceLoader;
import com.networknt.schema.resource.MetaSchemaIdResolver;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a SARIF text against the official SARIF 2.1.0 schema ({@code shared/sarif/sarif-schema-2.1.0.json}), in
 * the dialect its {@code $schema} names. The schema node is given to networknt directly and its loader can read only
 * the meta-schemas in networknt's own jar: an attempt to load any other IRI fails the test instead of going online.
 */
final class SarifSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifSchema() {
    }

    static List<String> violations(String sarif) {
        String shared = System.getProperty("pictor.shared");
        if (shared == null) {
            throw new IllegalStateException("system property pictor.shared is not set (surefire sets it)");
        }
        try {
            JsonNode schema = MAPPER.readTree(Files.readString(Path.of(shared, "sarif", "sarif-schema-2.1.0.json")));
            String id = schema.hasNonNull("$id") ? schema.get("$id").asText() : schema.path("id").asText();
            ResourceLoader noNetwork = iri -> {
                throw new AssertionError("the SARIF schema tried to load " + iri);
            };
            SchemaLoader loader = new SchemaLoader(List.of(MetaSchemaIdResolver.getInstance()),
                    List.of(ClasspathResourceLoader.getInstance(), noNetwork));
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialectOf(schema.path("$schema").asText()),
                    b -> b.schemaLoader(loader));
            return registry.getSchema(SchemaLocation.of(id), schema).validate(MAPPER.readTree(sarif)).stream()
                    .map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpecificationVersion dialectOf(String schemaUri) {
        String uri = schemaUri.replaceFirst("#$", "").replaceFirst("^https:", "http:");
        return switch (uri) {
            case "http://json-schema.org/draft-04/schema" -> SpecificationVersion.DRAFT_4;
            case "http://json-schema.org/draft-06/schema" -> SpecificationVersion.DRAFT_6;
            case "http://json-schema.org/draft-07/schema" -> SpecificationVersion.DRAFT_7;
            case "http://json-schema.org/draft/2019-09/schema" -> SpecificationVersion.DRAFT_2019_09;
            case "http://json-schema.org/draft/2020-12/schema" -> SpecificationVersion.DRAFT_2020_12;
            default -> throw new IllegalStateException("unknown $schema " + schemaUri);
        };
    }
}
