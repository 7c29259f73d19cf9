package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.util.List;

/**
 * A plain JSON gateway ({@code json-gateway} transport, the ComfyUI-style API): {@code POST /{model}} under the base
 * URL with the model's input as the JSON body; 200 with the model's output object. The contract is the one the
 * provider document's {@code assumptions} state. Its error shape is not documented anywhere; the emulator answers
 * {@code {"error": "...", "violations": [{"pointer", "keyword", "message"}]}} (violations only for invalid input, 400).
 */
final class GatewayApi extends ProviderApi {

    GatewayApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        super(provider, mount, models, settings);
    }

    @Override
    Response handle(ApiRequest request) {
        String modelId = request.path().startsWith("/") ? request.path().substring(1) : request.path();
        ServedModel model = latest(modelId).orElse(null);
        if (model == null) {
            return failure(404, "no model " + modelId, null);
        }
        if (!request.method().equals("POST")) {
            return failure(405, "method not allowed; this endpoint takes POST", null)
                    .withHeader("Allow", "POST");
        }
        JsonNode input;
        try {
            input = Wire.read(request.body());
        } catch (Wire.MalformedJson e) {
            return failure(400, "the request body is not valid JSON: " + e.getMessage(), null);
        }
        List<Violation> violations = model.validate(input);
        if (!violations.isEmpty()) {
            return failure(400, "invalid input: " + describe(violations), violations);
        }
        ServedModel.Plan plan = model.plan(input);
        List<byte[]> images = model.render(plan);
        return Response.json(
                200,
                new OutputShaper(images, model.imageMediaType(), plan.seed(), i -> "").shape(model.outputSchema()));
    }

    private static Response failure(int status, String message, List<Violation> violations) {
        ObjectNode body = Wire.object();
        body.put("error", message);
        if (violations != null) {
            ArrayNode list = Wire.array();
            for (Violation v : violations) {
                ObjectNode item = Wire.object();
                item.put("pointer", v.pointer());
                item.put("keyword", v.keyword());
                item.put("message", v.message());
                list.add(item);
            }
            body.set("violations", list);
        }
        return Response.json(status, body);
    }

    @Override
    Response error(ErrorKind kind, String message) {
        int status = switch (kind) {
            case BAD_REQUEST -> 400;
            case UNAUTHORIZED -> 401;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case TOO_LARGE -> 413;
            case RATE_LIMITED -> 429;
            case SERVER_ERROR -> 500;
            case UNAVAILABLE -> 503;
        };
        return failure(status, kind == ErrorKind.UNAUTHORIZED ? "unauthorized" : message, null);
    }

    @Override
    String baseUrl(String origin) {
        return origin + mount();
    }

    @Override
    String baseUrlTemplate(String origin) {
        return baseUrl(origin);
    }

    @Override
    List<String> modelEndpoints(String origin) {
        return modelIds().stream()
                .map(id -> "POST " + baseUrl(origin) + "/" + id)
                .toList();
    }
}
