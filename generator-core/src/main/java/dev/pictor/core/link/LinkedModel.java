package dev.pictor.core.link;

import dev.pictor.core.model.Dialect;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model version as the generator sees it: refinements applied, every schema parsed into {@link SchemaNode}s,
 * every Java name decided. Immutable, and free of JavaPoet types.
 *
 * @param file         the model document, relative to the schemas root
 * @param javaPackage  {@code <base>.<provider>.<model>.v<version>}
 * @param baseName     the stem of the model's class names ({@code Flux1Schnell})
 * @param requestRoot  node id of the input schema's root
 * @param nodes        every input schema node by id, in document order
 * @param records      generated records: the request first, then nested ones, then responses
 * @param unions       generated sealed interfaces, one per {@code oneOf}/{@code anyOf} or {@code type} list whose
 *                     branches JSON tells apart
 * @param providerInfo how the provider is reached (its provider document); empty only for a model linked without
 *                     one, which gets no adapter
 * @param operation    the OpenAPI operation the model was imported from (method, path, parameters by location, body,
 *                     every success response), for a transport that lays out the call; empty for other models
 */
public record LinkedModel(
        String file,
        String provider,
        String modelId,
        String version,
        LocalDate snapshot,
        Optional<String> providerVersion,
        String task,
        Dialect dialect,
        Docs docs,
        String javaPackage,
        String baseName,
        String requestRoot,
        Map<String, SchemaNode> nodes,
        List<RecordDecl> records,
        List<EnumDecl> enums,
        List<UnionDecl> unions,
        ResultShape result,
        Optional<LinkedProvider> providerInfo,
        Optional<LinkedOperation> operation) {

    public LinkedModel {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        records = List.copyOf(records);
        enums = List.copyOf(enums);
        unions = List.copyOf(unions);
    }

    public SchemaNode node(String id) {
        SchemaNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no schema node " + id + " in " + file);
        }
        return node;
    }

    public RecordDecl request() {
        return records.get(0);
    }

    public Optional<RecordDecl> record(String simpleName) {
        return records.stream().filter(r -> r.simpleName().equals(simpleName)).findFirst();
    }

    public Optional<EnumDecl> enumDecl(String simpleName) {
        return enums.stream().filter(e -> e.simpleName().equals(simpleName)).findFirst();
    }

    public Optional<UnionDecl> union(String simpleName) {
        return unions.stream().filter(u -> u.simpleName().equals(simpleName)).findFirst();
    }

    /** The union that record {@code recordName} is an alternative of, if any (a record is one of at most one). */
    public Optional<UnionDecl> unionOf(String recordName) {
        return unions.stream()
                .filter(u -> u.alternatives().contains(recordName))
                .findFirst();
    }
}
