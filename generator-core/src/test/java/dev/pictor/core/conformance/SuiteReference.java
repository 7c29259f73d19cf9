package dev.pictor.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ClasspathResourceLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.MetaSchemaIdResolver;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * networknt on the suite's schemas, as the reference beside the generated validators: configured as
 * {@code core.validate.ReferenceValidator} is (format an annotation unless asserted, meta-schemas from its jar), and reading
 * {@code http://localhost:1234/} from the suite's {@code remotes/} folder, as the suite asks of an implementation;
 * nothing is fetched. {@code ReferenceValidator} itself reaches only a schemas root's fragments.
 */
final class SuiteReference {

    private static final String REMOTES = SuiteRoot.REMOTES;

    private final Path remotes;

    SuiteReference(Path remotes) {
        this.remotes = remotes;
    }

    /**
     * The group's schema, compiled by a registry of its own (two groups may give one {@code $id} to different
     * schemas).
     *
     * @param file where the schema is known to be, for its relative references
     * @param assertFormats whether {@code format} is an assertion, as in the suite's {@code optional/format} files
     */
    Schema compile(String dialect, JsonNode schema, String file, boolean assertFormats) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ROOT)
                .formatAssertionsEnabled(assertFormats)
                .build();
        SchemaLoader loader = new SchemaLoader(
                List.of(MetaSchemaIdResolver.getInstance()),
                List.of(remoteLoader(), ClasspathResourceLoader.getInstance()));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                dialect(dialect), builder -> builder.schemaLoader(loader).schemaRegistryConfig(config));
        return registry.getSchema(SchemaLocation.of("pictor-root:/" + file), schema);
    }

    /** Whether networknt finds {@code instance} valid against the compiled schema. */
    static boolean valid(Schema schema, JsonNode instance) {
        return schema.validate(instance).isEmpty();
    }

    private ResourceLoader remoteLoader() {
        return iri -> {
            String text = iri.toString();
            if (!text.startsWith(REMOTES)) {
                return null;
            }
            Path file = remotes.resolve(text.substring(REMOTES.length())).normalize();
            if (!file.startsWith(remotes) || !Files.isRegularFile(file)) {
                return null;
            }
            InputStreamSource source = () -> Files.newInputStream(file);
            return source;
        };
    }

    private static Dialect dialect(String dialect) {
        return switch (dialect) {
            case "draft7" -> Dialects.getDraft7();
            case "draft2020-12" -> Dialects.getDraft202012();
            default -> throw new IllegalArgumentException("no dialect " + dialect);
        };
    }
}
