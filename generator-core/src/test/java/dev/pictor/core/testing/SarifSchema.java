package dev.pictor.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
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
 * The official SARIF 2.1.0 schema ({@code testdata/sarif/sarif-schema-2.1.0.json}), compiled with networknt in the
 * dialect its own {@code $schema} names. The schema node is handed over directly and the loader can read nothing but
 * the meta-schemas in networknt's jar: any attempt to load another IRI (the network) fails the test.
 */
public final class SarifSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifSchema() {}

    private static Path file() {
        return TestData.file("sarif/sarif-schema-2.1.0.json");
    }

    private static Schema load() {
        JsonNode node;
        try {
            node = MAPPER.readTree(Files.readString(file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SpecificationVersion dialect = dialectOf(node.path("$schema").asText());
        String id = node.hasNonNull("$id")
                ? node.get("$id").asText()
                : node.path("id").asText();
        ResourceLoader noNetwork = iri -> {
            throw new AssertionError("the SARIF schema tried to load " + iri);
        };
        SchemaLoader loader = new SchemaLoader(
                List.of(MetaSchemaIdResolver.getInstance()), List.of(ClasspathResourceLoader.getInstance(), noNetwork));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaLoader(loader));
        return registry.getSchema(SchemaLocation.of(id), node);
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

    /** The violations of a SARIF text, one line each; empty when it is valid. */
    public static List<String> violations(String sarif) {
        JsonNode instance;
        try {
            instance = MAPPER.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load().validate(instance).stream().map(Error::toString).toList();
    }
}
