package dev.pictor.core.imports;

import dev.pictor.core.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The nine OpenAPI documents of the test data, and, for each, its image operations (generation, edit, variation,
 * upscale, inpaint/fill/expand, remix, image-to-image), written out from reading the documents, not computed: the
 * table the import tests run. An operation whose task no word of its id or path says is listed with the task it is
 * imported with.
 */
final class OpenApiDocuments {

    private OpenApiDocuments() {}

    /**
     * One document and how it is imported.
     *
     * @param file       the file under {@code provider-data/openapi-providers/}
     * @param provider   the provider id it is imported as
     * @param baseUrl    the base URL given on import, when its servers give none
     * @param operations its image operations whose task is inferred (operation id, or METHOD PATH)
     * @param tasked     image operations imported with a task given, each with that task
     * @param yaml       whether it is YAML, so needs the YAML reader
     */
    record Api(
            String file,
            String provider,
            String baseUrl,
            List<String> operations,
            Map<String, String> tasked,
            boolean yaml) {

        Path path() {
            return folder().resolve(file);
        }
    }

    static Path folder() {
        return TestData.folder("provider-data/openapi-providers");
    }

    static final Api BFL = new Api(
            "bfl.openapi.json",
            "bfl",
            null,
            List.of(
                    "generate_flux_1_1_ultra_v1_flux_pro_1_1_ultra_post",
                    "fill_v1_flux_pro_1_0_fill_post",
                    "expand_v1_flux_pro_1_0_expand_post",
                    "generate_flux_kontext_pro_v1_flux_kontext_pro_post",
                    "generate_flux_kontext_max_v1_flux_kontext_max_post",
                    "generate_flux_2_max_v1_flux_2_max_post",
                    "generate_flux_2_klein_9b_v1_flux_2_klein_9b_post",
                    "generate_flux_2_klein_4b_v1_flux_2_klein_4b_post",
                    "generate_flux_2_klein_9b_kv_v1_flux_2_klein_9b_preview_post",
                    "generate_flux_2_pro_preview_v1_flux_2_pro_preview_post",
                    "generate_flux_2_pro_v1_flux_2_pro_post",
                    "generate_flux_2_flex_v1_flux_2_flex_post",
                    "flux_pro_1_0_fill_finetuned_v1_flux_pro_1_0_fill_finetuned_post",
                    "generate_bigblue_finetuned_v1_flux_pro_1_1_ultra_finetuned_post"),
            // no word of "flux_pro_1_1_v1_flux_pro_1_1_post" or "/v1/flux-dev" says what they do
            Map.of(
                    "flux_pro_1_1_v1_flux_pro_1_1_post", "text-to-image",
                    "flux_dev_v1_flux_dev_post", "text-to-image"),
            false);

    static final Api IDEOGRAM = new Api(
            "ideogram.openapi.json",
            "ideogram",
            "https://api.ideogram.ai", // its servers say only ""
            List.of(
                    "post_generate_image",
                    "post_edit_image",
                    "post_remix_image",
                    "post_reframe_image",
                    "post_upscale_image",
                    "post_v1_edit_image",
                    "post_edit_image_v3",
                    "post_generate_image_v3",
                    "post_generate_design_v3",
                    "post_generate_image_v3_transparent",
                    "post_generate_graphic_v3",
                    "post_inpaint_image_v3",
                    "post_reframe_image_v3",
                    "post_remix_image_v3",
                    "post_replace_background_v3",
                    "post_generate_image_v4"),
            Map.of("post_try_on_v3", "image-edit"),
            false);

    static final Api LEONARDO = new Api(
            "leonardo.openapi.json",
            "leonardo",
            null,
            List.of(
                    "createGeneration",
                    "createLCMGeneration",
                    "performInstantRefine",
                    "performInpaintingLCM",
                    "performAlchemyUpscaleLCM",
                    "createVariationUnzoom",
                    "createVariationUpscale",
                    "CreateUniversalUpscalerJob"),
            Map.of(),
            false);

    static final Api RUNWAY = new Api(
            "runway.openapi.json",
            "runway",
            null,
            List.of("POST /v1/text_to_image", "POST /v1/image_upscale", "POST /v1/generate/image"),
            Map.of(),
            false);

    static final Api STABILITY = new Api(
            "stability-v1.bundled.openapi.json",
            "stability-ai",
            null,
            List.of("textToImage", "imageToImage", "upscaleImage", "masking"),
            Map.of(),
            false);

    /** JSON written in a .yaml file: the JSON reader reads it today. */
    static final Api RECRAFT = new Api(
            "recraft.openapi.yaml",
            "recraft",
            null,
            List.of(
                    "GenerateImage",
                    "ImageToImage",
                    "InpaintImage",
                    "OutpaintImage",
                    "VariateImage",
                    "ClarityUpscale",
                    "CreativeUpscale",
                    "CrispUpscale",
                    "GenerativeUpscale",
                    "ReplaceBackground"),
            Map.of("EraseRegion", "inpainting", "GenerateBackground", "image-edit"),
            false);

    static final Api OPENAI = new Api(
            "openai.openapi.2025-04-29.yaml",
            "openai",
            null,
            List.of("createImage", "createImageEdit", "createImageVariation"),
            Map.of(),
            true);

    static final Api TOGETHER =
            new Api("together.openapi.yaml", "together", null, List.of("POST /images/generations"), Map.of(), true);

    static final Api STABILITY_YAML = new Api(
            "stability-v1.openapi.yaml",
            "stability-ai",
            null,
            List.of("textToImage", "imageToImage", "upscaleImage", "masking"),
            Map.of(),
            true);

    /** The documents the JSON reader reads. */
    static final List<Api> JSON = List.of(BFL, IDEOGRAM, LEONARDO, RUNWAY, STABILITY, RECRAFT);

    /** The documents that need the YAML reader. */
    static final List<Api> YAML = List.of(OPENAI, TOGETHER, STABILITY_YAML);

    /** One document per API: the eight APIs, Stability's by its source YAML (its bundled JSON imports the same). */
    static final List<Api> APIS = List.of(OPENAI, BFL, STABILITY_YAML, IDEOGRAM, RECRAFT, TOGETHER, RUNWAY, LEONARDO);
}
