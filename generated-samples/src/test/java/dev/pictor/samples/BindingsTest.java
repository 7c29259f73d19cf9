package dev.pictor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.PictorRequest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runtime finds every generated model through the service registration in the jar. */
class BindingsTest {

    @Test
    void everySeedModelIsRegisteredWithItsRequestAndResultTypes() {
        List<String> bindings = ModelBinding.installed(getClass().getClassLoader()).stream()
                .map(b -> b.id().provider() + " " + b.id().model() + " " + b.id().version() + " " + b.id().snapshot()
                        + " " + b.requestType().getSimpleName() + " -> "
                        + b.resultType().getSimpleName())
                .toList();
        assertEquals(
                List.of(
                        "cloudflare-workers-ai @cf/black-forest-labs/flux-1-schnell 2025-11-20 2025-11-20 Flux1SchnellRequest -> Flux1SchnellResponse",
                        "cloudflare-workers-ai @cf/black-forest-labs/flux-1-schnell 2026-11-22 2026-11-22 Flux1SchnellRequest -> Flux1SchnellResponse",
                        "cloudflare-workers-ai @cf/bytedance/stable-diffusion-xl-lightning 2025-11-20 2025-11-20 StableDiffusionXlLightningRequest -> ImageResult",
                        "cloudflare-workers-ai @cf/leonardo/lucid-origin 2025-11-20 2025-11-20 LucidOriginRequest -> LucidOriginResponse",
                        "cloudflare-workers-ai @cf/leonardo/phoenix-1.0 2025-11-20 2025-11-20 Phoenix1_0Request -> ImageResult",
                        "cloudflare-workers-ai @cf/lykon/dreamshaper-8-lcm 2025-11-20 2025-11-20 Dreamshaper8LcmRequest -> ImageResult",
                        "cloudflare-workers-ai @cf/runwayml/stable-diffusion-v1-5-img2img 2025-11-20 2025-11-20 StableDiffusionV1_5Img2imgRequest -> ImageResult",
                        "cloudflare-workers-ai @cf/runwayml/stable-diffusion-v1-5-inpainting 2025-11-20 2025-11-20 StableDiffusionV1_5InpaintingRequest -> ImageResult",
                        "cloudflare-workers-ai @cf/stabilityai/stable-diffusion-xl-base-1.0 2025-11-20 2025-11-20 StableDiffusionXlBase1_0Request -> ImageResult",
                        "comfyui-gateway img2img 2025-11-20 2025-11-20 Img2imgRequest -> Img2imgResponse",
                        "replicate stability-ai/stable-diffusion 2025-11-20 2025-11-20 StableDiffusionRequest -> StableDiffusionResponse",
                        "runpod runpod-workers/worker-sdxl 2025-11-20 2025-11-20 WorkerSdxlRequest -> WorkerSdxlResponse"),
                bindings);
    }

    /**
     * Each seed request is a {@code PictorRequest} of its model's result type, so that {@code client.run(request)}
     * returns a {@code Generation} of that type: checked on the requests the end-to-end tests and the showcase send.
     */
    @Test
    void everySeedRequestStatesTheResultTypeOfItsModel() {
        Map<Class<?>, Class<?>> results = new HashMap<>();
        ModelBinding.installed(getClass().getClassLoader()).forEach(b -> results.put(b.requestType(), b.resultType()));
        for (SeedRequests.Case c : SeedRequests.all()) {
            for (PictorRequest<?> request : List.of(c.request(), c.invalid())) {
                Type[] declared = request.getClass().getGenericInterfaces();
                assertEquals(1, declared.length, c.model());
                ParameterizedType type = assertInstanceOf(ParameterizedType.class, declared[0], c.model());
                assertEquals(PictorRequest.class, type.getRawType(), c.model());
                assertEquals(results.get(request.getClass()), type.getActualTypeArguments()[0], c.model());
            }
        }
        assertEquals(11, SeedRequests.all().size());
    }
}
