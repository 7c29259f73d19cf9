package com.example.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.example.clients.ideogram.post_generate_image.v2026_12_07.ImageRequest;
import com.example.clients.ideogram.post_generate_image.v2026_12_07.PostGenerateImageRequest;
import com.example.clients.leonardo.creategeneration.v2026_12_07.CreateGenerationRequest;
import com.example.clients.recraft.generateimage.v2026_12_07.GenerateImageRequest;
import com.example.clients.runway.post_v1_text_to_image.v2026_12_07.PostV1TextToImageRequest;
import com.example.clients.stability_ai.text_to_image_png.v2026_12_07.TextToImagePngRequest;
import com.example.clients.together.post_images_generations.v2026_12_07.Model;
import com.example.clients.together.post_images_generations.v2026_12_07.PostImagesGenerationsRequest;
import dev.pictor.emulator.junit.PictorEmulatorExtension;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.JsonValue;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.client.PictorClient;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One operation of each imported API called once through its generated client against the emulator, as the showcase
 * calls each seed model: the other four of the eight (OpenAI, BFL and Stability's image-to-image are in
 * {@link OpenApiEndToEndTest}), Stability's text-to-image, and Runway's and Leonardo's tasks run as the jobs their
 * provider documents describe. Each answers with at least one image.
 */
class EachImportedApiOnceTest {

    @RegisterExtension
    static PictorEmulatorExtension emulator = PictorEmulatorExtension.forSchemas(Path.of("src/main/pictor"));

    /** The APIs whose one call does not yet end with an image, each with why (issue 16, reported to its helpers). */
    static final Map<String, String> PENDING = Map.of(
            "ideogram post_generate_image",
            "runtime: the image URL of Ideogram's answer (a nullable string, format uri) is not taken for an image",
            "recraft GenerateImage (multipart)",
            "emulator: Recraft's answer puts the image into image_id and leaves b64_json null",
            "together POST /images/generations",
            "emulator: Together's answer has an empty b64_json (its data items are a oneOf)");

    static Map<String, PictorRequest<?>> requests() {
        Map<String, PictorRequest<?>> all = new LinkedHashMap<>();
        String prompt = "a lighthouse on a cliff at dawn";
        all.put(
                "stability-ai textToImage (PNG by Accept)",
                TextToImagePngRequest.builder(
                                "stable-diffusion-v1-6",
                                JsonValue.parse("{\"text_prompts\": [{\"text\": \"" + prompt + "\"}], \"width\": 512,"
                                        + " \"height\": 512, \"samples\": 1}"))
                        .build());
        all.put(
                "ideogram post_generate_image",
                PostGenerateImageRequest.builder(
                                ImageRequest.builder(prompt).numImages(1).build())
                        .build());
        all.put(
                "leonardo createGeneration (job)",
                CreateGenerationRequest.builder(prompt)
                        .width(512)
                        .height(512)
                        .numImages(1)
                        .build());
        all.put(
                "recraft GenerateImage (multipart)",
                GenerateImageRequest.builder()
                        .body(JsonValue.parse("{\"prompt\": \"" + prompt + "\"}"))
                        .build());
        all.put(
                "runway POST /v1/text_to_image (job)",
                PostV1TextToImageRequest.builder()
                        .xRunwayVersion("2024-11-06")
                        .body(JsonValue.parse("{\"model\": \"gen4_image\", \"promptText\": \"" + prompt + "\","
                                + " \"ratio\": \"1024:1024\"}"))
                        .build());
        all.put(
                "together POST /images/generations",
                PostImagesGenerationsRequest.builder(prompt, Model.BLACK_FOREST_LABS_FLUX_1_SCHNELL)
                        .width(512)
                        .height(512)
                        .n(1)
                        .build());
        return all;
    }

    private static String shortly(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    @Test
    void eachApiAnswersWithAnImage() {
        assertEquals(Map.of(), calls(false));
    }

    @Test
    @Disabled("pending fixes in the runtime and the emulator, see PENDING")
    void thePendingApisAnswerWithAnImageToo() {
        assertEquals(Map.of(), calls(true));
    }

    /** Calls the APIs that work today, or those {@link #PENDING}; what failed, by API. */
    private static Map<String, String> calls(boolean pending) {
        Map<String, String> failed = new LinkedHashMap<>();
        try (PictorClient client = OpenApiEndToEndTest.client(emulator)) {
            for (Map.Entry<String, PictorRequest<?>> e : requests().entrySet()) {
                if (PENDING.containsKey(e.getKey()) != pending) {
                    continue;
                }
                try {
                    Generation<?> g = client.run(e.getValue());
                    if (g.images().isEmpty()) {
                        failed.put(e.getKey(), shortly("answered without an image: " + g.output()));
                    }
                } catch (RuntimeException x) {
                    failed.put(e.getKey(), shortly(x.toString()));
                }
            }
        }
        assertFalse(emulator.emulator().internalError().isPresent());
        return failed;
    }
}
