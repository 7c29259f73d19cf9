package dev.pictor.core.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The task of an OpenAPI operation, read from the words of its operation id and path ({@code createImageEdit},
 * {@code /v1/generation/{engine_id}/image-to-image/masking}: camel case and every character that is not a letter or
 * digit split words). The first rule whose words appear wins, so the more specific task goes first: a masking path
 * under image-to-image is inpainting, an upscale under variations is an upscale.
 * <ol>
 *   <li>{@code inpaint}, {@code inpainting}, {@code fill}, {@code mask}, {@code masking}: {@code inpainting};
 *   <li>{@code expand}, {@code outpaint}, {@code outpainting}, {@code unzoom}, {@code reframe}: {@code outpainting};
 *   <li>{@code upscale}, {@code upscaler}, {@code upscaling}: {@code upscale};
 *   <li>{@code image to video}, {@code text to video}, {@code video to video}: those tasks (so that a video
 *       generation is not taken for an image one);
 *   <li>{@code edit}, {@code edits}, {@code replace background}: {@code image-edit} (an edit may take a mask, but
 *       need not: OpenAI's and Ideogram's v1 edits change the whole image as the prompt says);
 *   <li>{@code variation}, {@code variations}, {@code variate}, {@code remix}, {@code image to image}, {@code img2img},
 *       {@code refine}: {@code image-to-image};
 *   <li>{@code text to image}, {@code generation}, {@code generations}, {@code generate}, {@code images}:
 *       {@code text-to-image}.
 * </ol>
 * Nothing else is guessed: an operation no rule matches needs {@code --task}.
 */
final class OpenApiTaskInference {

    /** One rule: the task, and the words (or runs of words) that say it. */
    private record Rule(String task, List<String> phrases) {}

    private static final List<Rule> RULES = List.of(
            new Rule("inpainting", List.of("inpaint", "inpainting", "fill", "mask", "masking")),
            new Rule("outpainting", List.of("expand", "outpaint", "outpainting", "unzoom", "reframe")),
            new Rule("upscale", List.of("upscale", "upscaler", "upscaling")),
            new Rule("image-to-video", List.of("image to video")),
            new Rule("text-to-video", List.of("text to video")),
            new Rule("video-to-video", List.of("video to video")),
            new Rule("image-edit", List.of("edit", "edits", "replace background")),
            new Rule(
                    "image-to-image",
                    List.of("variation", "variations", "variate", "remix", "image to image", "img2img", "refine")),
            new Rule("text-to-image", List.of("text to image", "generation", "generations", "generate", "images")));

    /**
     * An inferred task and the sentence that says why.
     *
     * @param task   the task id
     * @param reason why, for the document's source
     */
    record Inferred(String task, String reason) {}

    private OpenApiTaskInference() {}

    /** The task the words of {@code operationId} (may be null) and {@code path} say, if a rule matches. */
    static Optional<Inferred> infer(String operationId, String path) {
        List<String> words = words((operationId == null ? "" : operationId) + " " + path);
        String joined = " " + String.join(" ", words) + " ";
        for (Rule rule : RULES) {
            for (String phrase : rule.phrases()) {
                if (joined.contains(" " + phrase + " ")) {
                    return Optional.of(new Inferred(
                            rule.task(),
                            "The task " + rule.task() + " is inferred from the word"
                                    + (phrase.contains(" ") ? "s \"" : " \"") + phrase + "\" of the operation's "
                                    + (operationId == null ? "path" : "id and path")
                                    + " (pictor import openapi's task rules, see schemas/README.md)."));
                }
            }
        }
        return Optional.empty();
    }

    /** The lower-case words of a text: split at camel case and at every character that is no letter or digit. */
    static List<String> words(String text) {
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> words = new ArrayList<>();
        Arrays.stream(spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .forEach(words::add);
        return words;
    }
}
