package dev.pictor.samples;

import static dev.pictor.samples.Samples.IMAGE;
import static dev.pictor.samples.Samples.MASK;
import static dev.pictor.samples.Samples.json;
import static dev.pictor.samples.Samples.keywordsAndMessages;
import static dev.pictor.samples.Samples.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.generated.cloudflare_workers_ai.black_forest_labs.flux_1_schnell.v2025_11_20.Flux1SchnellRequest;
import dev.pictor.generated.cloudflare_workers_ai.bytedance.stable_diffusion_xl_lightning.v2025_11_20.StableDiffusionXlLightningRequest;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.lucid_origin.v2025_11_20.LucidOriginRequest;
import dev.pictor.generated.cloudflare_workers_ai.leonardo.phoenix_1_0.v2025_11_20.Phoenix1_0Request;
import dev.pictor.generated.cloudflare_workers_ai.lykon.dreamshaper_8_lcm.v2025_11_20.Dreamshaper8LcmRequest;
import dev.pictor.generated.cloudflare_workers_ai.runwayml.stable_diffusion_v1_5_img2img.v2025_11_20.StableDiffusionV1_5Img2imgRequest;
import dev.pictor.generated.cloudflare_workers_ai.runwayml.stable_diffusion_v1_5_inpainting.v2025_11_20.StableDiffusionV1_5InpaintingRequest;
import dev.pictor.generated.cloudflare_workers_ai.stabilityai.stable_diffusion_xl_base_1_0.v2025_11_20.StableDiffusionXlBase1_0Request;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Cloudflare Workers AI models: each request is built with the generated builder, validates clean, and is sent
 * as the model's documentation shows it: only the fields that were set (no {@code null}, no default, no {@code []}),
 * image data as a JSON array of 0..255 numbers ({@code image}, {@code mask}) or as base64 ({@code image_b64}).
 */
class CloudflareRequestsTest {

    @Test
    void flux1Schnell() {
        Flux1SchnellRequest request =
                Flux1SchnellRequest.builder("a cyberpunk lizard").steps(4).build();
        assertEquals(List.of(), request.validate());
        assertEquals("{\"prompt\":\"a cyberpunk lizard\",\"steps\":4}", json(request));
        assertEquals(
                "{\"prompt\":\"cyberpunk cat\"}",
                json(Flux1SchnellRequest.builder("cyberpunk cat").build()));
    }

    @Test
    void flux1SchnellStepsAboveTheMaximumAreReported() {
        assertEquals(
                List.of("/steps: 9 is above the maximum 8"),
                shown(Flux1SchnellRequest.builder("a cyberpunk lizard")
                        .steps(9)
                        .build()
                        .validate()));
        assertEquals(
                List.of("/prompt: \"\" is shorter than the minimum length 1"),
                shown(Flux1SchnellRequest.builder("").build().validate()));
    }

    @Test
    void stableDiffusionXlLightning() {
        StableDiffusionXlLightningRequest request = StableDiffusionXlLightningRequest.builder("cyberpunk cat")
                .negativePrompt("blurry")
                .width(1024)
                .height(1024)
                .seed(42)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"cyberpunk cat\",\"negative_prompt\":\"blurry\",\"height\":1024,\"width\":1024,"
                        + "\"seed\":42}",
                json(request));
    }

    @Test
    void lucidOrigin() {
        LucidOriginRequest request = LucidOriginRequest.builder("cyberpunk cat")
                .guidance(4.5)
                .numSteps(30)
                .width(1120)
                .height(1120)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"cyberpunk cat\",\"guidance\":4.5,\"height\":1120,\"width\":1120," + "\"num_steps\":30}",
                json(request));
        assertEquals(
                List.of("/guidance: 10.5 is above the maximum 10", "/num_steps: 0 is below the minimum 1"),
                shown(LucidOriginRequest.builder("cat")
                        .guidance(10.5)
                        .numSteps(0)
                        .build()
                        .validate()));
    }

    @Test
    void phoenix10() {
        Phoenix1_0Request request = Phoenix1_0Request.builder("cyberpunk cat")
                .negativePrompt("text")
                .guidance(2)
                .numSteps(25)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"cyberpunk cat\",\"guidance\":2.0,\"num_steps\":25,\"negative_prompt\":\"text\"}",
                json(request));
    }

    @Test
    void dreamshaper8Lcm() {
        Dreamshaper8LcmRequest request = Dreamshaper8LcmRequest.builder("cyberpunk cat")
                .numSteps(8)
                .guidance(7.5)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals("{\"prompt\":\"cyberpunk cat\",\"num_steps\":8,\"guidance\":7.5}", json(request));
        assertEquals(
                List.of("/num_steps: 30 is above the maximum 20"),
                shown(Dreamshaper8LcmRequest.builder("cyberpunk cat")
                        .numSteps(30)
                        .build()
                        .validate()));
    }

    @Test
    void stableDiffusionV15Img2imgNeedsAnImageAsBase64OrAsANumberArray() {
        StableDiffusionV1_5Img2imgRequest base64 = StableDiffusionV1_5Img2imgRequest.builder("cyberpunk cat")
                .imageB64(IMAGE)
                .strength(0.5)
                .build();
        assertEquals(List.of(), base64.validate());
        assertEquals("{\"prompt\":\"cyberpunk cat\",\"image_b64\":\"AH//\",\"strength\":0.5}", json(base64));
        StableDiffusionV1_5Img2imgRequest numbers = StableDiffusionV1_5Img2imgRequest.builder("cyberpunk cat")
                .image(IMAGE)
                .build();
        assertEquals(List.of(), numbers.validate());
        assertEquals("{\"prompt\":\"cyberpunk cat\",\"image\":[0,127,255]}", json(numbers));
        assertEquals(
                List.of("/strength: 1.5 is above the maximum 1"),
                shown(StableDiffusionV1_5Img2imgRequest.builder("cat")
                        .image(IMAGE)
                        .strength(1.5)
                        .build()
                        .validate()));
        // Without an input image there is nothing to transform (the refinement of /input/anyOf).
        assertEquals(
                List.of("/: matches none of the 2 schemas of anyOf (1: /: missing required property \"image\"; 2: /:"
                        + " missing required property \"image_b64\")"),
                shown(StableDiffusionV1_5Img2imgRequest.builder("cat").build().validate()));
    }

    @Test
    void stableDiffusionV15InpaintingNeedsAnImageAndAMask() {
        StableDiffusionV1_5InpaintingRequest request = StableDiffusionV1_5InpaintingRequest.builder(
                        "cyberpunk cat", IMAGE, MASK)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals("{\"prompt\":\"cyberpunk cat\",\"image\":[0,127,255],\"mask\":[255,0,255]}", json(request));
        // The builder takes image and mask; a request read from JSON without them is reported.
        StableDiffusionV1_5InpaintingRequest promptOnly = new StableDiffusionV1_5InpaintingRequest(
                "cyberpunk cat", null, null, null, null, null, null, null, null, null, null);
        assertEquals(
                List.of("required missing required property \"image\"", "required missing required property \"mask\""),
                keywordsAndMessages(promptOnly.validate()));
    }

    @Test
    void stableDiffusionXlBase10() {
        StableDiffusionXlBase1_0Request request = StableDiffusionXlBase1_0Request.builder("cyberpunk cat")
                .width(1024)
                .height(768)
                .numSteps(20)
                .guidance(7.5)
                .seed(7)
                .build();
        assertEquals(List.of(), request.validate());
        assertEquals(
                "{\"prompt\":\"cyberpunk cat\",\"height\":768,\"width\":1024,\"num_steps\":20,\"guidance\":7.5,"
                        + "\"seed\":7}",
                json(request));
        assertEquals(
                List.of("/width: 100 is below the minimum 256"),
                shown(StableDiffusionXlBase1_0Request.builder("cat")
                        .width(100)
                        .build()
                        .validate()));
    }
}
