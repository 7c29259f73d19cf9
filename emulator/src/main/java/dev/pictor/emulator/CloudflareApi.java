package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloudflare Workers AI ({@code cloudflare-workers-ai} transport): {@code POST
 * /client/v4/accounts/{account_id}/ai/run/{model}} with the model's input as the JSON body. A binary-output model
 * answers with the image itself ({@code content-type: image/png} or {@code image/jpeg}); a JSON-output model with the
 * REST envelope {@code {"result": {...}, "success": true, "errors": [], "messages": []}}. Failures are
 * {@code {"result": null, "success": false, "errors": [{"code", "message"}], "messages": []}}.
 */
final class CloudflareApi extends ProviderApi {

    /** The account id {@link #baseUrl(String)} fills in; any id of letters, digits, {@code -} and {@code _} is taken. */
    static final String ACCOUNT_ID = "emulator-account";

    /** Where Cloudflare's API paths start. */
    static final String ROOT = "/client/v4/";

    private static final Pattern ROUTE = Pattern.compile("/client/v4/accounts/([^/]*)/ai/run/(.+)");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    CloudflareApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        super(provider, mount, models, settings);
    }

    @Override
    Response handle(ApiRequest request) {
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches()) {
            return failure(404, 7000, "No route for that URI");
        }
        if (!ACCOUNT.matcher(route.group(1)).matches()) {
            return failure(
                    400, 7003, "Could not route to " + request.path() + ", perhaps your object identifier is invalid?");
        }
        if (!request.method().equals("POST")) {
            return failure(405, 7001, "Method not allowed: " + request.method() + "; /ai/run takes POST")
                    .withHeader("Allow", "POST");
        }
        String modelId = route.group(2);
        ServedModel model = latest(modelId).orElse(null);
        if (model == null) {
            return failure(404, 5007, "No such model " + modelId + " or task");
        }
        JsonNode input;
        try {
            input = Wire.read(request.body());
        } catch (Wire.MalformedJson e) {
            return failure(400, 5006, "AiError: Bad input: the body is not JSON: " + e.getMessage());
        }
        List<Violation> violations = model.validate(input);
        if (!violations.isEmpty()) {
            return failure(400, 5006, "AiError: Bad input: Error: " + describe(violations));
        }
        ServedModel.Plan plan = model.plan(input);
        List<byte[]> images = model.render(plan);
        if (model.binaryOutput()) {
            return Response.bytes(200, model.imageMediaType(), images.get(0));
        }
        JsonNode result =
                new OutputShaper(images, model.imageMediaType(), plan.seed(), i -> "").shape(model.outputSchema());
        ObjectNode envelope = Wire.object();
        envelope.set("result", result);
        envelope.put("success", true);
        envelope.set("errors", Wire.array());
        envelope.set("messages", Wire.array());
        return Response.json(200, envelope);
    }

    @Override
    Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case BAD_REQUEST -> failure(400, 5006, message);
            case UNAUTHORIZED -> failure(401, 10000, "Authentication error");
            case NOT_FOUND -> failure(404, 7000, message);
            case METHOD_NOT_ALLOWED -> failure(405, 7001, message);
            case TOO_LARGE -> failure(413, 3006, "Request is too large: " + message);
            case RATE_LIMITED -> failure(429, 3040, "Capacity temporarily exceeded, please try again.");
            case SERVER_ERROR -> failure(500, 3043, "Internal server error");
            case UNAVAILABLE -> failure(503, 3040, "Service unavailable, please try again.");
        };
    }

    private static Response failure(int status, int code, String message) {
        ObjectNode error = Wire.object();
        error.put("code", code);
        error.put("message", message);
        ObjectNode body = Wire.object();
        body.putNull("result");
        body.put("success", false);
        body.set("errors", Wire.array().add(error));
        body.set("messages", Wire.array());
        return Response.json(status, body);
    }

    @Override
    String baseUrl(String origin) {
        return origin + mount() + "/client/v4/accounts/" + ACCOUNT_ID + "/ai/run";
    }

    @Override
    String baseUrlTemplate(String origin) {
        return origin + mount() + "/client/v4/accounts/{account_id}/ai/run";
    }

    @Override
    List<String> modelEndpoints(String origin) {
        return modelIds().stream()
                .map(id -> "POST " + baseUrl(origin) + "/" + id)
                .toList();
    }
}
