package dev.pictor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.runtime.ModelBinding;
import java.util.List;
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
}
