package dev.pictor.samples;

import static dev.pictor.samples.Samples.json;
import static dev.pictor.samples.Samples.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Img2imgRequest;
import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Model;
import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.SamplerName;
import dev.pictor.generated.replicate.stability_ai.stable_diffusion.v2025_11_20.StableDiffusionRequest;
import dev.pictor.generated.runpod.runpod_workers.worker_sdxl.v2025_11_20.NumImages;
import dev.pictor.generated.runpod.runpod_workers.worker_sdxl.v2025_11_20.Scheduler;
import dev.pictor.generated.runpod.runpod_workers.worker_sdxl.v2025_11_20.WorkerSdxlRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ComfyUI-style gateway, Replicate and RunPod models: set fields only, enums by their wire values. */
class OtherProvidersRequestsTest {

    @Test
    void comfyuiGatewayImg2img() {
        Img2imgRequest request = Img2imgRequest.builder()
                .model(Model.SDXL_SD_XL_BASE_1_0_SAFETENSORS)
                .prompt("a glass bottle on a beach at sunset")
                .imageUrl("https://example.com/input.png")
                .denoiseStrength(0.6)
                .steps(30)
                .samplerName(SamplerName.DPMPP_2M)
                .scheduler(dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Scheduler.KARRAS)
                .seed(42)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"model\":\"sdxl/sd_xl_base_1.0.safetensors\",\"seed\":42,\"steps\":30,"
                        + "\"sampler_name\":\"dpmpp_2m\",\"denoise_strength\":0.6,\"scheduler\":\"karras\","
                        + "\"prompt\":\"a glass bottle on a beach at sunset\",\"image_url\":\"https://example.com/input.png\"}",
                json(request));
    }

    @Test
    void replicateStableDiffusion() {
        StableDiffusionRequest request = StableDiffusionRequest.builder()
                .guidanceScale(7.5)
                .numInferenceSteps(50)
                .width(768)
                .height(768)
                .prompt("an astronaut riding a horse on mars")
                .scheduler("DPMSolverMultistep")
                .numOutputs(1)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"width\":768,\"height\":768,\"prompt\":\"an astronaut riding a horse on mars\","
                        + "\"scheduler\":\"DPMSolverMultistep\",\"num_outputs\":1,\"guidance_scale\":7.5,"
                        + "\"num_inference_steps\":50}",
                json(request));
        assertEquals(
                List.of("/width: 770 is not a multiple of 64", "/num_outputs: 5 is above the maximum 4"),
                shown(StableDiffusionRequest.builder()
                        .width(770)
                        .numOutputs(5)
                        .build()
                        .validate()));
        // Nothing is required (a refinement): Replicate fills in the default of every input a request leaves out.
        StableDiffusionRequest defaults = StableDiffusionRequest.builder().build();
        assertEquals(List.of(), defaults.validate());
        assertEquals("{}", json(defaults));
    }

    @Test
    void runpodWorkerSdxl() {
        WorkerSdxlRequest request = WorkerSdxlRequest.builder()
                .prompt("a steampunk dragon")
                .negativePrompt("blurry")
                .height(1024)
                .width(1024)
                .scheduler(Scheduler.DPM_SOLVER_MULTISTEP)
                .numInferenceSteps(25)
                .numImages(NumImages.V2)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"a steampunk dragon\",\"negative_prompt\":\"blurry\",\"height\":1024,"
                        + "\"width\":1024,\"scheduler\":\"DPMSolverMultistep\",\"num_inference_steps\":25,\"num_images\":2}",
                json(request));
        assertEquals("{}", json(WorkerSdxlRequest.builder().build()), "nothing set, nothing sent");
        // num_images is an integer enum: 1 and 2 are its constants, and 3 cannot be built.
        assertEquals(List.of(NumImages.V1, NumImages.V2), List.of(NumImages.values()));
        assertEquals(NumImages.V1, NumImages.of(1));
        // The worker needs a prompt or an image URL (a refinement of the published schema says so).
        assertEquals(
                List.of("anyOf"),
                WorkerSdxlRequest.builder().build().validate().stream()
                        .map(v -> v.keyword())
                        .toList());
    }
}
