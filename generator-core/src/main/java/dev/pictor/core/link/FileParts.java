package dev.pictor.core.link;

import dev.pictor.core.link.JavaType.BytesEncoding;
import dev.pictor.core.link.SchemaParser.Draft;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The file parts of a {@code multipart/form-data} request body (an OpenAPI operation's, see {@link Operation}): the
 * body's members whose schema is a binary string are sent as files, so generated code holds them as the runtime's
 * byte payload ({@link JavaType.Bytes} of {@link BytesEncoding#FILE_PART}), never as text.
 *
 * <ul>
 *   <li>A binary string ({@code type: string} with {@code format: binary}; in OpenAPI 3.1 also with a
 *       {@code contentMediaType}) is one file.
 *   <li>An array of binary strings is a list of files.
 *   <li>An {@code anyOf}/{@code oneOf} of a binary string and an array of binary strings (OpenAI's edit {@code image})
 *       is a list of files too: one file is a list of one, which the transport sends as the single-file branch.
 * </ul>
 *
 * <p>The same schemas in a JSON body (or outside an operation) are what they always are: only a multipart body's
 * direct members (and those of its {@code allOf} branches) are parts.
 */
final class FileParts {

    private static final FileParts NONE = new FileParts(Map.of());

    private final Map<String, JavaType> types;

    private FileParts(Map<String, JavaType> types) {
        this.types = types;
    }

    /** No file parts: a model without a multipart body. */
    static FileParts none() {
        return NONE;
    }

    /** The file parts of the model's request body, when the operation sends it as {@code multipart/form-data}. */
    static FileParts of(Optional<Operation> operation, Map<String, Draft> drafts, String inputRoot, Dialect dialect) {
        Optional<Operation.RequestBody> body =
                operation.flatMap(Operation::requestBody).filter(Operation.RequestBody::multipart);
        if (body.isEmpty()) {
            return NONE;
        }
        Draft root = drafts.get(inputRoot);
        Optional<Draft> bodySchema = body.get()
                .member()
                .map(m -> Optional.ofNullable(root.properties.get(m)).map(drafts::get))
                .orElse(Optional.of(root))
                .map(d -> target(d, drafts));
        if (bodySchema.isEmpty()) {
            return NONE;
        }
        Map<String, JavaType> types = new HashMap<>();
        for (String part : parts(bodySchema.get(), drafts)) {
            mark(drafts.get(part), drafts, dialect, types);
        }
        return new FileParts(Map.copyOf(types));
    }

    /** The type of schema {@code d} when it is a file part (or an item of one), else empty. */
    Optional<JavaType> map(Draft d) {
        return Optional.ofNullable(types.get(d.id));
    }

    /** The member schemas of a body: its properties and those of its {@code allOf} branches. */
    private static List<String> parts(Draft body, Map<String, Draft> drafts) {
        List<String> parts = new ArrayList<>(body.properties.values());
        for (String branch : body.allOf) {
            parts.addAll(target(drafts.get(branch), drafts).properties.values());
        }
        return parts;
    }

    /** Marks a part schema (and the schemas its {@code $ref}s stand for) as a file or a list of files. */
    private static void mark(Draft part, Map<String, Draft> drafts, Dialect dialect, Map<String, JavaType> into) {
        List<Draft> chain = chain(part, drafts);
        Draft d = chain.get(chain.size() - 1);
        JavaType file = new JavaType.Bytes(BytesEncoding.FILE_PART);
        JavaType type;
        if (binary(d, dialect)) {
            type = file;
        } else if (files(d, drafts, dialect)) {
            into.put(target(drafts.get(d.items.orElseThrow()), drafts).id, file);
            into.put(d.items.orElseThrow(), file);
            type = new JavaType.ListOf(file);
        } else if (fileOrFiles(d, drafts, dialect)) {
            type = new JavaType.ListOf(file);
        } else {
            return;
        }
        for (Draft step : chain) {
            into.put(step.id, type);
        }
    }

    /** A binary string: a file's content. */
    private static boolean binary(Draft d, Dialect dialect) {
        return d.types.equals(Set.of(JsonType.STRING))
                && d.enumValues.isEmpty()
                && d.constValue.isEmpty()
                && !d.hasCombinators()
                && (d.format.map("binary"::equals).orElse(false)
                        || (dialect == Dialect.OPENAPI_3_1 && d.mediaType.isPresent()));
    }

    /** An array of binary strings, each item a file. */
    private static boolean files(Draft d, Map<String, Draft> drafts, Dialect dialect) {
        return d.types.equals(Set.of(JsonType.ARRAY))
                && d.items.isPresent()
                && d.prefixItems.isEmpty()
                && !d.uniqueItems
                && d.contains.isEmpty()
                && !d.hasCombinators()
                && binary(target(drafts.get(d.items.get()), drafts), dialect);
    }

    /** An {@code anyOf}/{@code oneOf} of exactly a binary string and an array of them, with no type of its own. */
    private static boolean fileOrFiles(Draft d, Map<String, Draft> drafts, Dialect dialect) {
        List<String> branches = !d.anyOf.isEmpty() ? d.anyOf : d.oneOf;
        if (!d.types.isEmpty()
                || branches.size() != 2
                || !d.allOf.isEmpty()
                || (!d.anyOf.isEmpty() && !d.oneOf.isEmpty())) {
            return false;
        }
        Draft first = target(drafts.get(branches.get(0)), drafts);
        Draft second = target(drafts.get(branches.get(1)), drafts);
        return (binary(first, dialect) && files(second, drafts, dialect))
                || (files(first, drafts, dialect) && binary(second, dialect));
    }

    /** The schema a {@code $ref} with nothing but annotations beside it stands for (itself otherwise). */
    private static Draft target(Draft d, Map<String, Draft> drafts) {
        List<Draft> chain = chain(d, drafts);
        return chain.get(chain.size() - 1);
    }

    /** {@code d}, then each schema its {@code $ref} stands for in turn, as far as a cycle allows. */
    private static List<Draft> chain(Draft d, Map<String, Draft> drafts) {
        List<Draft> chain = new ArrayList<>(List.of(d));
        Draft t = d;
        while (t.ref.isPresent() && TypeMapper.onlyRef(t) && chain.size() <= drafts.size()) {
            t = drafts.get(t.ref.get());
            chain.add(t);
        }
        return chain;
    }
}
