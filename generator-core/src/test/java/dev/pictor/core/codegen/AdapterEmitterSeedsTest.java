package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.ImageFetcher;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.ProviderInfo;
import dev.pictor.runtime.transport.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapters of the repository's seed models, generated, compiled strictly and loaded as the runtime loads them:
 * each knows its provider and model path, encodes requests as the schema says and decodes sample replies.
 */
class AdapterEmitterSeedsTest {

    static final Path SEEDS = Path.of(System.getProperty("pictor.schemas", "../schemas"));

    /** The PNG signature and a little more: enough for {@link ImageBytes#sniffFormat()}. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @TempDir
    static Path out;

    private static URLClassLoader loader;
    private static final Map<String, ModelAdapter<Object, Object>> ADAPTERS = new TreeMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void generateCompileAndLoad() throws Exception {
        GenerateResult result =
                Generator.standard().run(GenerateOptions.of(SEEDS, out.resolve("java"), out.resolve("resources")));
        assertFalse(result.failed(), result::toString);
        // Strict: -Xlint:all -Xdoclint:all, every warning an error.
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        loader = new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled);
        for (ModelBinding<?, ?> binding : ModelBinding.installed(loader)) {
            if (!binding.id().version().equals("2025-11-20")) {
                continue; // the seeds; a later snapshot of a model is not what these tests are about
            }
            ADAPTERS.put(binding.id().model(), (ModelAdapter<Object, Object>) assertInstanceOf(
                    ModelAdapter.class, binding, binding.id().model() + " is registered as an adapter"));
        }
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    static ModelAdapter<Object, Object> adapter(String model) {
        ModelAdapter<Object, Object> a = ADAPTERS.get(model);
        assertTrue(a != null, () -> "no adapter of " + model + " in " + ADAPTERS.keySet());
        return a;
    }

    static Reply json(String text) {
        return new Reply.Json(PictorJson.read(text, JsonNode.class));
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static final ImageFetcher NO_FETCH = uri -> {
        throw new AssertionError("nothing to fetch: " + uri);
    };

    @Test
    void everySeedModelHasARegisteredAdapterThatNamesItsProviderAndModelPath() {
        assertEquals(11, ADAPTERS.size(), ADAPTERS::toString);
        Map<String, String> paths = new TreeMap<>();
        Map<String, String> transports = new TreeMap<>();
        ADAPTERS.forEach((model, a) -> {
            paths.put(model, a.modelPath());
            transports.put(a.provider().id(), a.provider().transport());
            assertEquals(
                    a.getClass().getSimpleName().replace("Adapter", "Request"),
                    a.requestType().getSimpleName());
        });
        assertEquals("@cf/black-forest-labs/flux-1-schnell", paths.get("@cf/black-forest-labs/flux-1-schnell"));
        assertEquals("@cf/lykon/dreamshaper-8-lcm", paths.get("@cf/lykon/dreamshaper-8-lcm"));
        assertEquals(
                "ac732df83cea7fff18b8472768c88ad041fa750ff7682a21affe81863cbe77e4",
                paths.get("stability-ai/stable-diffusion"),
                "Replicate: the document's providerVersion");
        assertEquals("", paths.get("runpod-workers/worker-sdxl"), "RunPod: the endpoint is the model");
        assertEquals("img2img", paths.get("img2img"), "gateway: POST {base}/{model}");
        assertEquals(
                Map.of(
                        "cloudflare-workers-ai",
                        "cloudflare-workers-ai",
                        "comfyui-gateway",
                        "json-gateway",
                        "replicate",
                        "replicate-predictions",
                        "runpod",
                        "runpod-serverless"),
                transports);
        assertEquals(
                new ProviderInfo(
                        "cloudflare-workers-ai",
                        "cloudflare-workers-ai",
                        "https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/run",
                        Map.of("account_id", "CLOUDFLARE_ACCOUNT_ID"),
                        "bearer",
                        "Authorization",
                        "CLOUDFLARE_API_TOKEN"),
                adapter("@cf/lykon/dreamshaper-8-lcm").provider());
        assertEquals(
                new ProviderInfo(
                        "replicate",
                        "replicate-predictions",
                        "https://api.replicate.com/v1",
                        Map.of(),
                        "bearer",
                        "Authorization",
                        "REPLICATE_API_TOKEN"),
                adapter("stability-ai/stable-diffusion").provider());
    }

    @Test
    void fluxDecodesItsBase64ImageToOneImageResult() throws Exception {
        ModelAdapter<Object, Object> flux = adapter("@cf/black-forest-labs/flux-1-schnell");
        Object response = flux.decode(json("{\"image\": \"" + b64(PNG) + "\"}"));
        assertEquals("Flux1SchnellResponse", response.getClass().getSimpleName());
        assertEquals(
                List.of(new ImageResult(ImageBytes.of(PNG), "image/png")),
                flux.images(response, NO_FETCH),
                "no media type in the schema: the bytes say PNG");
        Object jpeg = flux.decode(json("{\"image\": \"" + b64(JPEG) + "\"}"));
        assertEquals("image/jpeg", flux.images(jpeg, NO_FETCH).get(0).mediaType());
        assertEquals(List.of(), flux.images(flux.decode(json("{}")), NO_FETCH), "no image, no result");
        Object unknown = flux.decode(json("{\"image\": \"" + b64(new byte[] {1, 2, 3}) + "\"}"));
        assertEquals(
                "application/octet-stream",
                flux.images(unknown, NO_FETCH).get(0).mediaType());
    }

    @Test
    void aJsonModelRefusesImageBytesNullAndJsonOfAnotherShape() {
        ModelAdapter<Object, Object> flux = adapter("@cf/black-forest-labs/flux-1-schnell");
        IOException binary =
                assertThrows(IOException.class, () -> flux.decode(new Reply.Binary("image/png", ImageBytes.of(PNG))));
        assertEquals(
                "@cf/black-forest-labs/flux-1-schnell answers with JSON, but the reply is image/png bytes",
                binary.getMessage());
        assertThrows(IOException.class, () -> flux.decode(json("{\"image\": 5}")));
        assertThrows(IOException.class, () -> flux.decode(json("null")));
        Object broken = assertDoesNotThrowDecode(flux, "{\"image\": \"not base64!\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> flux.images(broken, NO_FETCH));
        assertTrue(e.getMessage().startsWith("Invalid base64 image"), e.getMessage());
    }

    private static Object assertDoesNotThrowDecode(ModelAdapter<Object, Object> adapter, String json) {
        try {
            return adapter.decode(json(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anInpaintingRequestEncodesImageAndMaskAsNumberArrays() {
        ModelAdapter<Object, Object> inpainting = adapter("@cf/runwayml/stable-diffusion-v1-5-inpainting");
        String wire = "{\"prompt\":\"a cat on a sofa\",\"image\":[137,80,78,71,0,255],\"mask\":[0,0,255,255],"
                + "\"num_steps\":10}";
        Object request = PictorJson.read(wire, inpainting.requestType());
        assertEquals(List.of(), inpainting.validate(request));
        assertEquals(wire, new String(inpainting.encode(request), StandardCharsets.UTF_8));
    }

    @Test
    void aBinaryModelTakesImageBytesOfItsMediaTypeOnly() throws Exception {
        ModelAdapter<Object, Object> lightning = adapter("@cf/bytedance/stable-diffusion-xl-lightning");
        Object image = lightning.decode(new Reply.Binary("image/png", ImageBytes.of(PNG)));
        assertEquals(new ImageResult(ImageBytes.of(PNG), "image/png"), image);
        assertEquals(List.of(image), lightning.images(image, NO_FETCH));
        assertEquals(
                "IMAGE/PNG; charset=binary",
                ((ImageResult) lightning.decode(new Reply.Binary("IMAGE/PNG; charset=binary", ImageBytes.of(PNG))))
                        .mediaType(),
                "case and parameters aside; the media type is kept as sent");

        IOException jpeg = assertThrows(
                IOException.class, () -> lightning.decode(new Reply.Binary("image/jpeg", ImageBytes.of(JPEG))));
        assertEquals(
                "@cf/bytedance/stable-diffusion-xl-lightning answers with image/png, but the reply is image/jpeg",
                jpeg.getMessage());
        assertThrows(IOException.class, () -> lightning.decode(json("{\"result\": {}}")));

        ModelAdapter<Object, Object> phoenix = adapter("@cf/leonardo/phoenix-1.0");
        assertEquals(
                "image/jpeg",
                ((ImageResult) phoenix.decode(new Reply.Binary("image/jpeg", ImageBytes.of(JPEG)))).mediaType());
        assertThrows(IOException.class, () -> phoenix.decode(new Reply.Binary("image/png", ImageBytes.of(PNG))));
    }

    @Test
    void theGatewayDecodesEveryBase64ImageWithTheMediaTypeItsSchemaDeclares() throws Exception {
        ModelAdapter<Object, Object> gateway = adapter("img2img");
        Object response = gateway.decode(json("{\"images\": [\"" + b64(PNG) + "\", \"" + b64(new byte[] {7}) + "\"]}"));
        assertEquals(
                List.of(
                        new ImageResult(ImageBytes.of(PNG), "image/png"),
                        new ImageResult(ImageBytes.of(new byte[] {7}), "image/png")),
                gateway.images(response, NO_FETCH));
    }

    @Test
    void runPodDataUrisAreDecodedInSchemaOrder() throws Exception {
        ModelAdapter<Object, Object> runpod = adapter("runpod-workers/worker-sdxl");
        Object response = runpod.decode(json("{\"image_url\": \"data:image/png;base64," + b64(PNG) + "\","
                + " \"images\": [\"data:image/jpeg;base64," + b64(JPEG) + "\", \"data:image/png;base64,"
                + b64(new byte[] {1}) + "\"], \"seed\": 42}"));
        assertEquals(
                List.of(
                        new ImageResult(ImageBytes.of(PNG), "image/png"),
                        new ImageResult(ImageBytes.of(JPEG), "image/jpeg"),
                        new ImageResult(ImageBytes.of(new byte[] {1}), "image/png")),
                runpod.images(response, NO_FETCH));
        assertEquals(List.of(), runpod.images(runpod.decode(json("{\"seed\": 1}")), NO_FETCH));
    }

    @Test
    void replicateUrlsAreDownloadedWithTheClientsFetcher() throws Exception {
        ModelAdapter<Object, Object> replicate = adapter("stability-ai/stable-diffusion");
        Object response = replicate.decode(
                json("[\"https://replicate.delivery/a/out-0.png\"," + " \"https://replicate.delivery/a/out-1.png\"]"));
        List<URI> fetched = new ArrayList<>();
        List<ImageResult> images = replicate.images(response, uri -> {
            fetched.add(uri);
            return new ImageResult(ImageBytes.of(new byte[] {(byte) fetched.size()}), "image/png");
        });
        assertEquals(
                List.of(
                        URI.create("https://replicate.delivery/a/out-0.png"),
                        URI.create("https://replicate.delivery/a/out-1.png")),
                fetched);
        assertEquals(2, images.size());
        assertEquals(ImageBytes.of(new byte[] {2}), images.get(1).bytes());
    }
}
