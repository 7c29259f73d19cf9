package dev.pictor.samples;

import dev.pictor.generated.cloudflare_workers_ai.black_forest_labs.flux_1_schnell.v2025_11_20.Flux1SchnellRequest;
import dev.pictor.generated.cloudflare_workers_ai.bytedance.stable_diffusion_xl_lightning.v2025_11_20.StableDiffusionXlLightningRequest;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.lucid_origin.v2025_11_20.LucidOriginRequest;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.phoenix_1_0.v2025_11_20.Phoenix1_0Request;
import dev.pictor.generated.cloudflare_workers_ai.lykon.dreamshaper_8_lcm.v2025_11_20.Dreamshaper8LcmRequest;
import dev.pictor.generated.cloudflare_workers_ai.runwayml.stable_diffusion_v1_5_img2img.v2025_11_20.StableDiffusionV1_5Img2imgRequest;
import dev.pictor.generated.cloudflare_workers_ai.runwayml.stable_diffusion_v1_5_inpainting.v2025_11_20.StableDiffusionV1_5InpaintingRequest;
import dev.pictor.generated.cloudflare_workers_ai.stabilityai.stable_diffusion_xl_base_1_0.v2025_11_20.StableDiffusionXlBase1_0Request;
import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Img2imgRequest;
import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Model;
import dev.pictor.generated.replicate.stability_ai.stable_diffusion.v2025_11_20.StableDiffusionRequest;
import dev.pictor.generated.runpod.runpod_workers.worker_sdxl.v2025_11_20.NumImages;
import dev.pictor.generated.runpod.runpod_workers.worker_sdxl.v2025_11_20.WorkerSdxlRequest;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.PictorRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * One valid and one invalid request per seed model, built with the generated builders, and what the emulator answers
 * to the valid one. Shared by this module's end-to-end tests and the showcase ({@code showcase/}), which calls every
 * seed model once.
 */
public final class SeedRequests {

    /** The width asked of every model that takes one. */
    public static final int W = 256;
    /** The height asked of every model that takes one. */
    public static final int H = 320;

    /**
     * A request and its expected images.
     *
     * @param model     the model id
     * @param request   a valid request (of the model's own request type, which states its result type)
     * @param invalid   a request the generated validator refuses
     * @param width     the width of every image
     * @param height    the height of every image
     * @param count     how many distinct images
     * @param mediaType {@code image/png} or {@code image/jpeg}
     */
    public record Case(
            String model,
            PictorRequest<?> request,
            PictorRequest<?> invalid,
            int width,
            int height,
            int count,
            String mediaType) {
        @Override
        public String toString() {
            return model;
        }
    }

    private SeedRequests() {}

    /** Every seed model with a request of its own prompt and seed. */
    public static List<Case> all() {
        return all("a lighthouse at dawn", 1);
    }

    /** Every seed model, with requests of this prompt and seed (where a model takes a seed; Replicate's: in the prompt). */
    public static List<Case> all(String prompt, long seed) {
        ImageBytes image = ImageBytes.of(png(8, 8, false));
        ImageBytes mask = ImageBytes.of(png(8, 8, true));
        return List.of(
                new Case(
                        "@cf/black-forest-labs/flux-1-schnell",
                        Flux1SchnellRequest.builder(prompt).steps(4).build(),
                        Flux1SchnellRequest.builder(prompt).steps(9).build(),
                        512,
                        512,
                        1,
                        "image/png"),
                new Case(
                        "@cf/bytedance/stable-diffusion-xl-lightning",
                        StableDiffusionXlLightningRequest.builder(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        StableDiffusionXlLightningRequest.builder(prompt)
                                .width(100)
                                .build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "@cf/leonardo/lucid-origin",
                        LucidOriginRequest.builder(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        LucidOriginRequest.builder(prompt).guidance(10.5).build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "@cf/leonardo/phoenix-1.0",
                        Phoenix1_0Request.builder(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        Phoenix1_0Request.builder(prompt).width(4096).build(),
                        W,
                        H,
                        1,
                        "image/jpeg"),
                new Case(
                        "@cf/lykon/dreamshaper-8-lcm",
                        Dreamshaper8LcmRequest.builder(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .numSteps(8)
                                .build(),
                        Dreamshaper8LcmRequest.builder(prompt).numSteps(30).build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "@cf/runwayml/stable-diffusion-v1-5-img2img",
                        StableDiffusionV1_5Img2imgRequest.builder(prompt)
                                .image(image)
                                .strength(0.5)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        StableDiffusionV1_5Img2imgRequest.builder(prompt)
                                .strength(1.5)
                                .build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "@cf/runwayml/stable-diffusion-v1-5-inpainting",
                        StableDiffusionV1_5InpaintingRequest.builder(prompt, image, mask)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        StableDiffusionV1_5InpaintingRequest.builder(prompt, image, mask)
                                .height(5000)
                                .build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "@cf/stabilityai/stable-diffusion-xl-base-1.0",
                        StableDiffusionXlBase1_0Request.builder(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .build(),
                        StableDiffusionXlBase1_0Request.builder(prompt)
                                .width(W)
                                .height(100)
                                .build(),
                        W,
                        H,
                        1,
                        "image/png"),
                new Case(
                        "img2img",
                        Img2imgRequest.builder()
                                .model(Model.SDXL_SD_XL_BASE_1_0_SAFETENSORS)
                                .prompt(prompt)
                                .imageUrl("https://example.com/input.png")
                                .width(W)
                                .height(H)
                                .batchSize(2)
                                .seed(seed)
                                .build(),
                        Img2imgRequest.builder()
                                .prompt(prompt)
                                .denoiseStrength(Double.NaN)
                                .build(),
                        W,
                        H,
                        2,
                        "image/png"),
                new Case(
                        "stability-ai/stable-diffusion",
                        StableDiffusionRequest.builder()
                                .guidanceScale(7.5)
                                .numInferenceSteps(20)
                                .prompt(prompt + " " + seed)
                                .width(W)
                                .height(H)
                                .numOutputs(2)
                                .build(),
                        StableDiffusionRequest.builder()
                                .width(770)
                                .numOutputs(5)
                                .build(),
                        W,
                        H,
                        2,
                        "image/png"),
                new Case(
                        "runpod-workers/worker-sdxl",
                        WorkerSdxlRequest.builder()
                                .prompt(prompt)
                                .width(W)
                                .height(H)
                                .seed(seed)
                                .numImages(NumImages.V2)
                                .build(),
                        // Neither a prompt nor an image URL: the schema needs one (num_images is an enum of 1 and 2).
                        WorkerSdxlRequest.builder().numImages(NumImages.V2).build(),
                        W,
                        H,
                        2,
                        "image/png"));
    }

    /** The case of one model id, with {@link #all()}'s prompt and seed. */
    public static Case of(String model) {
        return all().stream().filter(c -> c.model().equals(model)).findFirst().orElseThrow();
    }

    /** A small PNG: a colour gradient, or a mask (white left half: repaint, black right half: keep). */
    public static byte[] png(int width, int height, boolean mask) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, mask ? (x < width / 2 ? 0xffffff : 0) : (x * 32) << 16 | (y * 32) << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
