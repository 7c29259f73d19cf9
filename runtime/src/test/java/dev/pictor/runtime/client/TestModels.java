package dev.pictor.runtime.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.Base64Image;
import dev.pictor.runtime.DataUri;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.ImageFetcher;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.ProviderInfo;
import dev.pictor.runtime.transport.Reply;
import dev.pictor.runtime.validation.Checks;
import dev.pictor.runtime.validation.Pointer;
import dev.pictor.runtime.validation.Violation;
import dev.pictor.runtime.validation.Violations;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Hand-written adapters of made-up models, one per transport kind, as the generator writes them. */
final class TestModels {

    static final String TOKEN = "pictor-unit-canary-7f3a9c";

    static final ProviderInfo CF = new ProviderInfo(
            "test-cf",
            "cloudflare-workers-ai",
            "https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run",
            Map.of("account_id", "TEST_CF_ACCOUNT"),
            "bearer",
            "Authorization",
            "TEST_CF_TOKEN");
    static final ProviderInfo REPLICATE = new ProviderInfo(
            "test-replicate",
            "replicate-predictions",
            "https://api.replicate.com/v1",
            Map.of(),
            "bearer",
            "Authorization",
            "TEST_REPLICATE_TOKEN");
    static final ProviderInfo RUNPOD = new ProviderInfo(
            "test-runpod",
            "runpod-serverless",
            "https://api.runpod.ai/v2/{endpoint_id}",
            Map.of("endpoint_id", "TEST_RUNPOD_ENDPOINT"),
            "bearer",
            "Authorization",
            "TEST_RUNPOD_TOKEN");
    static final ProviderInfo GATEWAY = new ProviderInfo(
            "test-gateway",
            "json-gateway",
            "https://{gateway_host}",
            Map.of("gateway_host", "TEST_GATEWAY_HOST"),
            "bearer",
            "Authorization",
            "TEST_GATEWAY_TOKEN");

    private TestModels() {}

    /** What the request of every test model but the JSON painter holds, so that one validator serves them all. */
    interface Prompted {
        String prompt();

        Integer steps();
    }

    /** The request of the Cloudflare painter, whose result is the image body. */
    public record Prompt(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("steps") Integer steps) implements Prompted, PictorRequest<ImageResult> {
        static Prompt of(String prompt) {
            return new Prompt(prompt, null);
        }
    }

    /** The request of the Replicate painter, whose result is a list of URLs. */
    public record PredictionPrompt(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("steps") Integer steps) implements Prompted, PictorRequest<UrlsOut> {
        static PredictionPrompt of(String prompt) {
            return new PredictionPrompt(prompt, null);
        }
    }

    /** The request of the RunPod worker, whose result holds data URIs. */
    public record WorkerPrompt(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("steps") Integer steps) implements Prompted, PictorRequest<DataUrisOut> {
        static WorkerPrompt of(String prompt) {
            return new WorkerPrompt(prompt, null);
        }
    }

    /** The request of the gateway's model, whose result holds a base64 image. */
    public record GatewayPrompt(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("steps") Integer steps) implements Prompted, PictorRequest<Base64Out> {
        static GatewayPrompt of(String prompt) {
            return new GatewayPrompt(prompt, null);
        }
    }

    /** Requests of a second Cloudflare model (another request type), whose result is JSON. */
    public record Caption(@JsonProperty("prompt") String prompt) implements PictorRequest<Base64Out> {}

    /** A JSON result with a base64 image. */
    public record Base64Out(@JsonProperty("image") Base64Image image) {}

    /** A JSON result that is a list of image URLs (Replicate). */
    public record UrlsOut(List<URI> urls) {}

    /** A JSON result with data URIs (RunPod). */
    public record DataUrisOut(@JsonProperty("images") List<DataUri> images) {}

    /** What the generator would write, driven by lambdas. */
    static final class Adapter<I, O> implements ModelAdapter<I, O> {
        interface Decoder<O> {
            O decode(Reply reply) throws IOException;
        }

        interface Images<O> {
            List<ImageResult> images(O out, ImageFetcher fetcher) throws IOException, InterruptedException;
        }

        private final ModelId id;
        private final ProviderInfo provider;
        private final String modelPath;
        private final Class<I> requestType;
        private final Class<O> resultType;
        private final Decoder<O> decoder;
        private final Images<O> images;

        Adapter(
                ModelId id,
                ProviderInfo provider,
                String modelPath,
                Class<I> requestType,
                Class<O> resultType,
                Decoder<O> decoder,
                Images<O> images) {
            this.id = id;
            this.provider = provider;
            this.modelPath = modelPath;
            this.requestType = requestType;
            this.resultType = resultType;
            this.decoder = decoder;
            this.images = images;
        }

        @Override
        public ModelId id() {
            return id;
        }

        @Override
        public Class<I> requestType() {
            return requestType;
        }

        @Override
        public Class<O> resultType() {
            return resultType;
        }

        @Override
        public List<Violation> validate(I request) {
            Violations v = new Violations();
            if (request instanceof Prompted p) {
                Checks.required(v, Pointer.parse(""), "prompt", p.prompt());
                if (p.steps() != null) {
                    Checks.maximum(v, Pointer.parse("/steps"), p.steps(), 10);
                }
            }
            return v.list();
        }

        @Override
        public ProviderInfo provider() {
            return provider;
        }

        @Override
        public String modelPath() {
            return modelPath;
        }

        @Override
        public byte[] encode(I request) {
            return PictorJson.write(request);
        }

        @Override
        public O decode(Reply reply) throws IOException {
            return decoder.decode(reply);
        }

        @Override
        public List<ImageResult> images(O result, ImageFetcher fetcher) throws IOException, InterruptedException {
            return images.images(result, fetcher);
        }
    }

    static ModelId id(ProviderInfo p, String model, String version) {
        return new ModelId(p.id(), model, version, LocalDate.parse(version));
    }

    /** A Cloudflare model answering with a PNG body. */
    static Adapter<Prompt, ImageResult> cfBinary() {
        return cfBinary("2025-11-20");
    }

    static Adapter<Prompt, ImageResult> cfBinary(String version) {
        return new Adapter<>(
                id(CF, "@cf/test/painter", version),
                CF,
                "@cf/test/painter",
                Prompt.class,
                ImageResult.class,
                reply -> {
                    if (!(reply instanceof Reply.Binary b) || !b.mediaType().startsWith("image/png")) {
                        throw new IOException("expected an image/png body");
                    }
                    return new ImageResult(b.bytes(), b.mediaType());
                },
                (out, f) -> List.of(out));
    }

    /** A Cloudflare model answering JSON {@code {"image": "<base64>"}} in the REST envelope. */
    static Adapter<Caption, Base64Out> cfJson() {
        return new Adapter<>(
                id(CF, "@cf/test/json-painter", "2025-11-20"),
                CF,
                "@cf/test/json-painter",
                Caption.class,
                Base64Out.class,
                reply -> json(reply, Base64Out.class),
                (out, f) -> List.of(new ImageResult(out.image().decode(), "image/png")));
    }

    static Adapter<PredictionPrompt, UrlsOut> replicate(String version) {
        return new Adapter<>(
                id(REPLICATE, "test/painter", "2025-11-20"),
                REPLICATE,
                version,
                PredictionPrompt.class,
                UrlsOut.class,
                reply -> {
                    JsonNode node = ((Reply.Json) reply).payload();
                    List<URI> urls = new ArrayList<>();
                    node.forEach(n -> urls.add(URI.create(n.asText())));
                    return new UrlsOut(urls);
                },
                (out, fetcher) -> {
                    List<ImageResult> images = new ArrayList<>();
                    for (URI u : out.urls()) {
                        images.add(fetcher.fetch(u));
                    }
                    return images;
                });
    }

    static Adapter<WorkerPrompt, DataUrisOut> runpod() {
        return new Adapter<>(
                id(RUNPOD, "test/worker", "2025-11-20"),
                RUNPOD,
                "",
                WorkerPrompt.class,
                DataUrisOut.class,
                reply -> json(reply, DataUrisOut.class),
                (out, f) -> out.images().stream()
                        .map(d -> new ImageResult(d.bytes(), d.mediaType()))
                        .toList());
    }

    static Adapter<GatewayPrompt, Base64Out> gateway() {
        return new Adapter<>(
                id(GATEWAY, "img2img", "2025-11-20"),
                GATEWAY,
                "img2img",
                GatewayPrompt.class,
                Base64Out.class,
                reply -> json(reply, Base64Out.class),
                (out, f) -> List.of(new ImageResult(out.image().decode(), "image/png")));
    }

    private static <T> T json(Reply reply, Class<T> type) throws IOException {
        if (!(reply instanceof Reply.Json j)) {
            throw new IOException("expected JSON");
        }
        try {
            return PictorJson.reader().treeToValue(j.payload(), type);
        } catch (IOException e) {
            throw e;
        }
    }

    // ---- payloads

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static ImageBytes bytes(byte[] b) {
        return ImageBytes.of(b);
    }

    /** A client for {@code server} with every test provider pointed at it and the canary token. */
    static PictorClient.Builder client(ScriptedServer server) {
        return PictorClient.builder()
                .discoverAdapters(false)
                .environment(name -> switch (name) {
                    case "TEST_CF_TOKEN", "TEST_REPLICATE_TOKEN", "TEST_RUNPOD_TOKEN", "TEST_GATEWAY_TOKEN" -> TOKEN;
                    case "TEST_CF_ACCOUNT" -> "acct-1";
                    case "TEST_RUNPOD_ENDPOINT" -> "ep-1";
                    case "TEST_GATEWAY_HOST" -> "127.0.0.1:" + server.port();
                    default -> null;
                })
                .baseUrl("test-cf", server.url("/cf/accounts/{account_id}/ai/run"))
                .baseUrl("test-replicate", server.url("/replicate/v1"))
                .baseUrl("test-runpod", server.url("/runpod/v2/{endpoint_id}"))
                .baseUrl("test-gateway", "http://{gateway_host}/gw")
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseBackoff(java.time.Duration.ofMillis(10))
                        .maxBackoff(java.time.Duration.ofMillis(40))
                        .build())
                .pollInterval(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(40));
    }
}
