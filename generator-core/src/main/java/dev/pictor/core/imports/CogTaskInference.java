package dev.pictor.core.imports;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The task of a Replicate model, read from its Cog {@code Input} and {@code Output} where they say enough, with the
 * task ids the model documents use. Files are URIs ({@code format: uri}); an input file is an image when its name
 * says so ({@code image}, {@code img}), a mask when its name has {@code mask}; a file output is taken as an image
 * unless the model's example output names files of another kind ({@code .wav}, {@code .mp4}).
 *
 * <ul>
 *   <li>image output, an image and a mask required: {@code inpainting}; an image required: {@code image-to-image};
 *       a prompt (a string property whose name has {@code prompt}): {@code text-to-image}; only optional image
 *       inputs: {@code image-to-image};
 *   <li>text output ({@code string}, or an array of strings, e.g. streamed tokens), an image required:
 *       {@code image-to-text}; no image input and a prompt: {@code text-generation};
 *   <li>an example output that is an audio file ({@code .wav}, {@code .mp3}), whatever the output's schema (Bark's
 *       is an object of file URIs), and a prompt: {@code text-to-speech};
 *   <li>anything else (an object output, video): no task, the user gives it.
 * </ul>
 */
final class CogTaskInference {

    /** File name endings of images, as Replicate's delivery URLs end. */
    private static final Set<String> IMAGE_ENDINGS =
            Set.of(".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic", ".svg");

    /** File name endings of audio, as Replicate's delivery URLs end. */
    private static final Set<String> AUDIO_ENDINGS = Set.of(".wav", ".mp3", ".flac", ".ogg", ".m4a", ".aac", ".opus");

    /**
     * An inferred task and the sentence that says why, for the document's source.
     *
     * @param task   the task id
     * @param reason what in the schema led to it
     */
    record Inferred(String task, String reason) {}

    private CogTaskInference() {}

    /**
     * The task {@code input} and {@code output} (the published Cog schemas) say, or empty with {@code why} holding
     * the reason none could be inferred.
     */
    static Optional<Inferred> infer(
            LocatedNode input, LocatedNode output, Optional<LocatedObject> example, List<String> why) {
        Set<String> required = new LinkedHashSet<>();
        List<String> images = new ArrayList<>();
        List<String> masks = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        if (input instanceof LocatedObject in) {
            in.array("required")
                    .ifPresent(r -> r.items().forEach(i -> {
                        if (i instanceof LocatedString s) {
                            required.add(s.value());
                        }
                    }));
            in.object("properties")
                    .ifPresent(p -> p.members().forEach(m -> {
                        String name = m.name().toLowerCase(Locale.ROOT);
                        boolean file = m.value() instanceof LocatedObject o
                                && o.text("format").map("uri"::equals).orElse(false);
                        boolean text = m.value() instanceof LocatedObject o
                                && o.text("type").map("string"::equals).orElse(false)
                                && !file;
                        if (file && name.contains("mask")) {
                            masks.add(m.name());
                        } else if (file && (name.contains("image") || name.contains("img"))) {
                            images.add(m.name());
                        } else if (text && name.contains("prompt")) {
                            prompts.add(m.name());
                        }
                    }));
        }
        Optional<String> audio = example.flatMap(e -> e.get("output")).flatMap(o -> firstUrl(o, AUDIO_ENDINGS, true));
        if (audio.isPresent() && !prompts.isEmpty()) {
            return inferred(
                    "text-to-speech",
                    "the example output " + audio.get() + " is audio and the input has a prompt (" + prompts.get(0)
                            + ")");
        }
        Optional<Boolean> fileOutput = stringOutput(output);
        if (fileOutput.isEmpty()) {
            why.add("its output is not a string, a file or a list of them");
            return Optional.empty();
        }
        Optional<String> requiredImage =
                images.stream().filter(required::contains).findFirst();
        Optional<String> requiredMask =
                masks.stream().filter(required::contains).findFirst();
        if (fileOutput.get()) {
            Optional<String> notAnImage =
                    example.flatMap(e -> e.get("output")).flatMap(o -> firstUrl(o, IMAGE_ENDINGS, false));
            if (notAnImage.isPresent()) {
                why.add("its output is a file, and its example output " + notAnImage.get() + " is not an image");
                return Optional.empty();
            }
            if (requiredImage.isPresent() && requiredMask.isPresent()) {
                return inferred(
                        "inpainting",
                        "the output is image files and an image (" + requiredImage.get() + ") and a mask ("
                                + requiredMask.get() + ") are required");
            }
            if (requiredImage.isPresent()) {
                return inferred(
                        "image-to-image",
                        "the output is image files and an image input (" + requiredImage.get() + ") is required");
            }
            if (!prompts.isEmpty()) {
                return inferred(
                        "text-to-image",
                        "the output is image files, the input has a prompt (" + prompts.get(0) + ") and requires "
                                + "no image");
            }
            if (!images.isEmpty()) {
                return inferred(
                        "image-to-image",
                        "the output is image files and the input has image inputs (" + String.join(", ", images)
                                + ") but no prompt");
            }
            why.add("its output is image files, but the input has neither a prompt nor an image");
            return Optional.empty();
        }
        if (requiredImage.isPresent()) {
            return inferred(
                    "image-to-text", "the output is text and an image input (" + requiredImage.get() + ") is required");
        }
        if (images.isEmpty() && !prompts.isEmpty()) {
            return inferred(
                    "text-generation",
                    "the output is text and the input has a prompt (" + prompts.get(0) + ") and no image");
        }
        why.add("its output is text, but the input has neither a required image nor only a prompt");
        return Optional.empty();
    }

    private static Optional<Inferred> inferred(String task, String reason) {
        return Optional.of(new Inferred(task, reason));
    }

    /**
     * True for a file output (a URI string or an array of them), false for text (a string or an array of strings
     * without a format), empty for anything else.
     */
    private static Optional<Boolean> stringOutput(LocatedNode output) {
        if (!(output instanceof LocatedObject o)) {
            return Optional.empty();
        }
        LocatedNode value = o;
        if (o.text("type").map("array"::equals).orElse(false)) {
            Optional<LocatedNode> items = o.get("items");
            if (items.isEmpty()) {
                return Optional.empty();
            }
            value = items.get();
        }
        if (!(value instanceof LocatedObject v)
                || !v.text("type").map("string"::equals).orElse(false)
                || v.has("$ref")) {
            return Optional.empty();
        }
        Optional<String> format = v.text("format");
        if (format.isEmpty()) {
            return Optional.of(false);
        }
        return format.get().equals("uri") ? Optional.of(true) : Optional.empty();
    }

    /**
     * The first URL of an example output whose file name ends with one of {@code endings} ({@code matching}) or with
     * none of them.
     */
    private static Optional<String> firstUrl(LocatedNode output, Set<String> endings, boolean matching) {
        List<String> urls = new ArrayList<>();
        if (output instanceof LocatedString s) {
            urls.add(s.value());
        } else if (output instanceof LocatedArray a) {
            a.items().stream()
                    .filter(LocatedString.class::isInstance)
                    .map(i -> ((LocatedString) i).value())
                    .forEach(urls::add);
        }
        return urls.stream()
                .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
                .filter(u -> {
                    String path = u.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
                    return endings.stream().anyMatch(path::endsWith) == matching;
                })
                .findFirst();
    }
}
