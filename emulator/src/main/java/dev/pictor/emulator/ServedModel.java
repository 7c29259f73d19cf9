package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model version as the emulator serves it: its effective (refined) input schema compiled once for networknt, its
 * effective output schema, and what the output says about the images (media type, binary or JSON).
 */
final class ServedModel {

    /** Width or height when neither the request nor the schema's default gives one. */
    static final int DEFAULT_SIDE = 512;
    /** Requests for more pixels per image than this get the provider's invalid-input answer (an emulator limit). */
    static final long MAX_PIXELS = 4096L * 4096L;
    /** Requests for more images than this get the provider's invalid-input answer (an emulator limit). */
    static final int MAX_IMAGES = 16;
    /** The request members that ask for several images, in the order they are looked for. */
    private static final List<String> COUNT_MEMBERS =
            List.of("num_outputs", "num_images", "batch_size", "n", "samples");
    /** OpenAI's {@code size}: {@code 1024x1536}. */
    private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,5})x([1-9][0-9]{0,5})");

    private final ModelDocument document;
    private final ProviderDocument provider;
    private final JsonNode input;
    private final JsonNode output;
    private final Schema schema;
    private final String imageMediaType;
    private final boolean binaryOutput;
    /** The request members a plan reads (size, count, prompt, seed), with their schemas. */
    private final Map<String, JsonNode> planned;

    private final SchemaView inputView;

    ServedModel(ModelDocument document, ProviderDocument provider, ReferenceValidator validator) {
        this.document = document;
        this.provider = provider;
        this.input = document.effectiveInput().toJackson();
        this.output = document.effectiveOutput().toJackson();
        this.schema = validator.compile(input, document.dialect(), document.file());
        this.schema.validate(Wire.object()); // resolves what networknt loads lazily, before requests run concurrently
        this.imageMediaType = findImageMediaType(output).orElse("image/png");
        this.binaryOutput = output.path("contentType").asText("").startsWith("image/")
                || output.path("contentMediaType").asText("").startsWith("image/");
        this.inputView = new SchemaView(input);
        this.planned = document.operation().isPresent() ? inputView.properties(bodySchema()) : propertiesOf(input);
    }

    /** The members of {@code input.properties}, as the seed models declare them. */
    private static Map<String, JsonNode> propertiesOf(JsonNode input) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        input.path("properties").properties().forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** The effective input schema, as networknt validates it. */
    JsonNode inputSchema() {
        return input;
    }

    /** Reads the input schema through its {@code $ref}s. */
    SchemaView inputView() {
        return inputView;
    }

    /** The schema of an OpenAPI operation's body: the input's body member, or the input itself. */
    JsonNode bodySchema() {
        Optional<String> member =
                document.operation().flatMap(Operation::requestBody).flatMap(Operation.RequestBody::member);
        return member.map(m -> inputView.properties(input).getOrDefault(m, Wire.object()))
                .orElse(input);
    }

    /** The part of a request a plan reads: an OpenAPI operation's body, else the request itself. */
    private JsonNode planned(JsonNode request) {
        Optional<String> member =
                document.operation().flatMap(Operation::requestBody).flatMap(Operation.RequestBody::member);
        return member.map(m -> request.path(m)).orElse(request);
    }

    ModelDocument document() {
        return document;
    }

    ProviderDocument provider() {
        return provider;
    }

    String id() {
        return document.model();
    }

    JsonNode outputSchema() {
        return output;
    }

    /** {@code image/png} or {@code image/jpeg}: what the output schema says, PNG when it says nothing. */
    String imageMediaType() {
        return imageMediaType;
    }

    /** Whether the answer is the image itself (Cloudflare's {@code contentType: image/png}), not JSON. */
    boolean binaryOutput() {
        return binaryOutput;
    }

    /** Every violation of the effective input schema, then the emulator's own limits. */
    List<Violation> validate(JsonNode request) {
        List<Violation> violations = new ArrayList<>(ReferenceValidator.convert(schema.validate(request)));
        if (violations.isEmpty() && request.isObject()) {
            Plan plan = plan(request);
            if ((long) plan.width() * plan.height() > MAX_PIXELS) {
                violations.add(new Violation(
                        "",
                        "x-emulator-limit",
                        "the emulator makes images of at most " + MAX_PIXELS + " pixels; " + plan.width() + "x"
                                + plan.height() + " is more"));
            }
            if (plan.count() > MAX_IMAGES) {
                violations.add(new Violation(
                        "",
                        "x-emulator-limit",
                        "the emulator makes at most " + MAX_IMAGES + " images per request; " + plan.count()
                                + " were asked for"));
            }
        }
        return violations;
    }

    /**
     * What to draw for a valid request: width, height and count from the request, else the schema's defaults, else
     * 512 x 512 and one image; only where the schema declares the parameter (a model ignores what it does not know).
     * The prompt and the seed are taken wherever they are; without a seed, one is derived from the prompt.
     */
    Plan plan(JsonNode whole) {
        JsonNode request = planned(whole);
        int width = side(request, "width");
        int height = side(request, "height");
        Matcher size = SIZE.matcher(request.path("size").asText(""));
        if (declared("size") && !declared("width") && size.matches()) {
            width = Integer.parseInt(size.group(1));
            height = Integer.parseInt(size.group(2));
        }
        int count = 1;
        for (String member : COUNT_MEMBERS) {
            if (!declared(member)) {
                continue;
            }
            Optional<BigInteger> asked = integer(request.get(member)).or(() -> integer(defaultOf(member)));
            if (asked.isPresent()) {
                count = clampToInt(asked.get(), 1);
                break;
            }
        }
        String prompt = request.path("prompt").isTextual()
                ? request.get("prompt").asText()
                : defaultOf("prompt") != null && defaultOf("prompt").isTextual()
                        ? defaultOf("prompt").asText()
                        : "";
        BigInteger seed = integer(request.get("seed"))
                .or(() -> integer(defaultOf("seed")))
                .orElseGet(() -> derivedSeed(prompt));
        return new Plan(width, height, count, prompt, seed);
    }

    /** The images of a valid request, deterministic: the same request gives the same bytes. */
    List<byte[]> render(Plan plan) {
        return render(plan, imageMediaType);
    }

    /** The images of a valid request in {@code mediaType} ({@code image/png} or {@code image/jpeg}). */
    List<byte[]> render(Plan plan, String mediaType) {
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < plan.count(); i++) {
            images.add(ImageMaker.render(new ImageMaker.Spec(
                    id(), plan.prompt(), plan.seed().toString(), i, plan.width(), plan.height(), mediaType)));
        }
        return images;
    }

    /** Size, count, prompt and seed of one request. */
    record Plan(int width, int height, int count, String prompt, BigInteger seed) {}

    private int side(JsonNode request, String member) {
        if (!declared(member)) {
            return DEFAULT_SIDE; // a model whose schema has no such parameter ignores it
        }
        return integer(request.get(member))
                .or(() -> integer(defaultOf(member)))
                .map(v -> clampToInt(v, 1))
                .orElse(DEFAULT_SIDE);
    }

    private boolean declared(String member) {
        return planned.containsKey(member) && planned.get(member).isObject();
    }

    private JsonNode defaultOf(String member) {
        JsonNode property = planned.containsKey(member) ? inputView.resolve(planned.get(member)) : null;
        return property != null && property.isObject() ? property.get("default") : null;
    }

    private static Optional<BigInteger> integer(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber()) {
            return Optional.of(node.bigIntegerValue());
        }
        try {
            return Optional.of(node.decimalValue().toBigIntegerExact());
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    /** At least {@code floor}, and at most {@link Integer#MAX_VALUE} (the limits above catch the large ones). */
    private static int clampToInt(BigInteger value, int floor) {
        if (value.compareTo(BigInteger.valueOf(floor)) < 0) {
            return floor;
        }
        return value.bitLength() < 31 ? value.intValue() : Integer.MAX_VALUE;
    }

    /** A request without a seed still gets the same image every time: a seed taken from its prompt. */
    private static BigInteger derivedSeed(String prompt) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8));
            return BigInteger.valueOf(((hash[0] & 0x7fL) << 24)
                    | ((hash[1] & 0xffL) << 16)
                    | ((hash[2] & 0xffL) << 8)
                    | (hash[3] & 0xffL));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code contentType} or {@code contentMediaType} naming an image, anywhere in the output schema. */
    private static Optional<String> findImageMediaType(JsonNode schema) {
        if (schema.isObject()) {
            for (String keyword : List.of("contentType", "contentMediaType")) {
                String value = schema.path(keyword).asText("").toLowerCase(Locale.ROOT);
                if (value.equals("image/png") || value.equals("image/jpeg")) {
                    return Optional.of(value);
                }
            }
        }
        if (schema.isContainerNode()) {
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                Optional<String> found = findImageMediaType(member.getValue());
                if (found.isPresent()) {
                    return found;
                }
            }
            if (schema.isArray()) {
                for (JsonNode item : schema) {
                    Optional<String> found = findImageMediaType(item);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
