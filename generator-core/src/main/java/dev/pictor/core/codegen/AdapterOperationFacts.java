package dev.pictor.core.codegen;

import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.LinkedOperation;
import dev.pictor.core.link.ResultShape;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The {@code operation} value of an adapter template's context: how the OpenAPI operation a model was imported from
 * is called (method, path template, parameters by location, body, every success response), so that a template can
 * hand a transport the facts of the call. {@code false} for a model of no operation, so that
 * {@code {{#operation}}...{{/operation}}} renders nothing for it. docs/adapter-templates.md lists the keys.
 */
final class AdapterOperationFacts {

    private AdapterOperationFacts() {}

    /** The facts of the model's operation, or {@code false}. */
    static Object of(LinkedModel model) {
        if (model.operation().isEmpty()) {
            return Boolean.FALSE;
        }
        LinkedOperation op = model.operation().get();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("methodLiteral", AdapterEmitter.literal(op.method()));
        o.put("methodDoc", JavadocText.escape(op.method()));
        o.put("pathLiteral", AdapterEmitter.literal(op.path()));
        o.put("pathDoc", JavadocText.escape(op.path()));
        o.put("operationIdLiteral", AdapterEmitter.literal(op.operationId().orElse("")));
        o.put(
                "parameters",
                op.parameters().stream().map(AdapterOperationFacts::parameter).toList());
        o.put("body", op.body().<Object>map(AdapterOperationFacts::body).orElse(Boolean.FALSE));
        o.put(
                "responses",
                IntStream.range(0, op.responses().size())
                        .mapToObj(i -> response(op.responses().get(i), i == op.result()))
                        .toList());
        o.put("resultIndex", op.result());
        return o;
    }

    private static Map<String, Object> parameter(LinkedOperation.Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameLiteral", AdapterEmitter.literal(p.name()));
        m.put("in", p.in().name().toLowerCase(Locale.ROOT));
        m.put("required", p.required());
        m.put("javaName", p.javaName());
        return m;
    }

    private static Map<String, Object> body(LinkedOperation.Body b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mediaTypeLiteral", AdapterEmitter.literal(b.mediaType()));
        m.put("multipart", b.multipart());
        m.put("memberLiteral", AdapterEmitter.literal(b.member().orElse("")));
        m.put("javaName", b.javaName().orElse(""));
        m.put("required", b.required());
        m.put(
                "filePartLiterals",
                b.fileParts().stream().map(AdapterEmitter::literal).toList());
        m.put("parts", b.parts().stream().map(AdapterOperationFacts::part).toList());
        return m;
    }

    private static Map<String, Object> part(LinkedOperation.Part p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameLiteral", AdapterEmitter.literal(p.name()));
        m.put("layoutLiteral", AdapterEmitter.literal(p.layout().keyword()));
        m.put("contentTypeLiteral", AdapterEmitter.literal(p.contentType().orElse("")));
        m.put("file", p.file());
        return m;
    }

    private static Map<String, Object> response(LinkedOperation.Response r, boolean result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statusLiteral", AdapterEmitter.literal(r.status()));
        m.put("mediaTypeLiteral", AdapterEmitter.literal(r.mediaType()));
        m.put("mediaTypeDoc", JavadocText.escape(r.mediaType()));
        m.put("binaryImage", r.shape() instanceof ResultShape.BinaryImage);
        m.put("json", r.shape() instanceof ResultShape.Json);
        m.put("result", result);
        return m;
    }
}
