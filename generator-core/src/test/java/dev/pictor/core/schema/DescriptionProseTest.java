package dev.pictor.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionProseTest {

    /** minimum|maximum|multipleOf|values, "-" for what is not stated. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A value between 0 and 1 indicating how strongly to apply it| 0| 1| -| -",
                "A value between 0 and 255| 0| 255| -| -",
                "Any value between -1 and 1| -1| 1| -| -",
                "Pick from 1 to 4 images| 1| 4| -| -",
                "Prompt strength, min 1| 1| -| -| -",
                "Needs a minimum of 1 step| 1| -| -| -",
                "Minimum: 2| 2| -| -| -",
                "at least 1 image| 1| -| -| -",
                "0 or greater| 0| -| -| -",
                "at most 4 images| -| 4| -| -",
                "Steps (max 20)| -| 20| -| -",
                "Maximum value is 7.5.| -| 7.5| -| -",
                "Number of images per prompt (Constraint: must be 1 or 2)| -| -| -| 1 2",
                "Must be one of 1, 2, 4| -| -| -| 1 2 4",
                "Width, a multiple of 64.| -| -| 64| -",
                "Each pixel is 0-255.| 0| 255| -| -",
                "Range: [0, 1]| 0| 1| -| -",
                "要生成的图像数量。默认值:1。最小值:1,最大值:4。| 1| 4| -| -",
                "最小值：1，最大值：20| 1| 20| -| -",
                "生成图像的宽度(以像素为单位)。需要为 64 的倍数。默认值:768。| -| -| 64| -",
                "强度，介于 0 和 1 之间| 0| 1| -| -",
                "数量，范围 1-4| 1| 4| -| -",
                "只能为 1 或 2| -| -| -| 1 2",
            })
    void readsBoundsStatedInWords(String description, String min, String max, String step, String values) {
        DescriptionProse.Bounds bounds = DescriptionProse.bounds(description);
        assertEquals(number(min), bounds.minimum(), "minimum of: " + description);
        assertEquals(number(max), bounds.maximum(), "maximum of: " + description);
        assertEquals(number(step), bounds.multipleOf(), "multipleOf of: " + description);
        assertEquals(
                values.equals("-")
                        ? List.of()
                        : List.of(values.split(" ")).stream()
                                .map(BigDecimal::new)
                                .toList(),
                bounds.values(),
                "values of: " + description);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It can generate high-quality 1024px images in a few steps.",
                "An array of integers constrained to 8-bit unsigned integer values",
                "The height of the generated image in pixels",
                "Trained on images from 2015 to 2020, see the 2019-2023 report",
                "Released 2024-01-15",
                "Stable Diffusion v1-5, SDXL 1.0",
                "The number of diffusion steps; higher values can improve quality but take longer",
                "Must be 0 or a positive number",
                "Use a 16-9 aspect ratio",
            })
    void readsNoBoundFromNumbersThatAreNone(String description) {
        assertTrue(DescriptionProse.bounds(description).isEmpty(), description);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Number of steps. Default: 4| 4",
                "Guidance scale; defaults to 7.5.| 7.5",
                "默认值:768。| 768",
                "选择一个调度程序。默认值:“DPMSolverMultistep”。| \"DPMSolverMultistep\"",
                "The scheduler (default 'DDIM')| \"DDIM\"",
                "Whether to upscale; default is true| true",
            })
    void readsStatedDefaults(String description, String shown) {
        assertEquals(
                Optional.of(shown),
                DescriptionProse.statedDefault(description).map(DescriptionProse.StatedValue::shown));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "By default, the model picks a size",
                "Random seed. If None, a random seed is generated",
                "Uses the default 1024px resolution",
                "Defaults to the width of the input image",
            })
    void readsNoDefaultWhereNoneIsStated(String description) {
        assertEquals(Optional.empty(), DescriptionProse.statedDefault(description));
    }

    /** Real descriptions of the OpenAPI test documents (Leonardo, Runway, Ideogram) and the values they list. */
    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '~',
            value = {
                "Adjusts the contrast level. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if"
                        + " alchemy is true, contrast needs to be 2.5 or higher. => 1.0 1.3 1.8 2.5 3 3.5 4 4.5",
                "Defaults to 8 seconds if not specified. Allowed values: 4, 6, or 8. Supported on models VEO3. => 4 6 8",
                "The category. Options are 'General' | 'Character' | 'Style' | 'Object'. FLUX_DEV doesn't support"
                        + " General category. => \"General\" \"Character\" \"Style\" \"Object\"",
                "Text normalization mode: 'auto', 'on', or 'off' (e.g. spelling out numbers). => \"auto\" \"on\" \"off\"",
                "GPT Image 2 rendering quality (`low`, `medium`, or `high`). Lower settings are faster. =>"
                        + " \"low\" \"medium\" \"high\"",
                "Type of the resource. Currently one of `asset`, `generation`, or `user`. => \"asset\" \"generation\""
                        + " \"user\"",
                "LoRA rank for model training. Must be one of 64 or 128. Defaults to 128. => 64 128",
            })
    void readsListedValues(String description, String shown) {
        assertEquals(
                List.of(shown.split(" ")),
                DescriptionProse.listedValues(description).stream()
                        .map(DescriptionProse.StatedValue::shown)
                        .toList(),
                description);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Duration in seconds. Allowed values: 4, 6, or 8 on models VEO3 and VEO3FAST (default: 8) and 5 or 10"
                        + " on model KLING2_5 (default: 5).",
                "Output dimensions. 720p ratios (`1280:720`, `720:1280`, `960:960`) use the standard tier.",
                "For example, 'make it cinematic', 'add a rainbow', or 'change the subject to a cat' and more",
                "Allowed values for the parameter.",
                "Must be between 1 and 8.",
            })
    void readsNoListWhereNoClosedListIsStated(String description) {
        assertEquals(List.of(), DescriptionProse.listedValues(description), description);
    }

    private static Optional<BigDecimal> number(String text) {
        return text.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
