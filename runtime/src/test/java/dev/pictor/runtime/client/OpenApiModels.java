package dev.pictor.runtime.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pictor.runtime.Base64Image;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.transport.BinaryImageAdapter;
import dev.pictor.runtime.transport.FoundImages;
import dev.pictor.runtime.transport.JobFlow;
import dev.pictor.runtime.transport.JsonRecordAdapter;
import dev.pictor.runtime.transport.OperationInfo;
import dev.pictor.runtime.transport.ProviderInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Made-up models of imported OpenAPI operations, written as the generator writes their adapters: the facts of the
 * operation ({@link OperationInfo}) and of the provider's jobs ({@link JobFlow}) handed to the runtime's base classes.
 */
final class OpenApiModels {

    static final String TOKEN = TestModels.TOKEN;

    /** A provider of synchronous operations; its credential goes to the base URL's origin. */
    static final ProviderInfo IMAGES = ProviderInfo.named("test-images")
            .withTransport("openapi")
            .withBaseUrl("https://api.images.example/v1")
            .withAuthScheme("bearer")
            .withTokenEnv("TEST_IMAGES_TOKEN");

    /** Black Forest Labs' flow, described. */
    static final JobFlow FLOW = JobFlow.of("/id", "/status", "/result")
            .withPollingUrl("/polling_url")
            .withPoll("/v1/get_result", "id", "{id}")
            .withRunning("Pending")
            .withSucceeded("Ready")
            .withFailed("Error", "Content Moderated")
            .withCancelled("Cancelled")
            .withError("/details")
            .withBackoff(10, 40, 1.5)
            .withCancel("DELETE", "/v1/jobs/{id}");

    /**
     * A provider whose operations are jobs; its credential goes to its own hosts and to the base URL the client is
     * given (127.0.0.1 in these tests), not to {@code localhost}.
     */
    static final ProviderInfo JOBS = ProviderInfo.named("test-jobs")
            .withTransport("openapi")
            .withBaseUrl("https://api.jobs.example")
            .withAuthScheme("bearer")
            .withTokenEnv("TEST_JOBS_TOKEN")
            .withCredentialHosts(List.of("api.jobs.example", "*.jobs.example"))
            .withJob(FLOW);

    /** Stability's text-to-image, reduced: path, header and query parameters, a JSON body, JSON or PNG answers. */
    static final OperationInfo PAINT = OperationInfo.of("POST", "/generation/{engine_id}/text-to-image")
            .withParameter("engine_id", "path", true)
            .withParameter("Organization", "header", false)
            .withParameter("tag", "query", false)
            .withBody("application/json", "body", true)
            .withJsonResponse("200", "application/json")
            .withBinaryResponse("200", "image/png")
            .reading(0);

    /** OpenAI's image edit, with Stability's brackets: every layout of a multipart body. */
    static final OperationInfo EDIT = OperationInfo.of("POST", "/images/edits")
            .withBody("multipart/form-data", "", true)
            .withFilePart("image", "repeat", "")
            .withFilePart("mask", "file", "")
            .withPart("text_prompts", "brackets", "")
            .withPart("options", "json", "")
            .withPart("tags", "repeat-brackets", "")
            .withJsonResponse("200", "application/json");

    /** BFL's FLUX 1.1 [pro]: the request is the body, the answer a job. */
    static final OperationInfo FLUX = OperationInfo.of("POST", "/v1/flux-pro-1.1")
            .withBody("application/json", "", true)
            .withJsonResponse("200", "application/json");

    private OpenApiModels() {}

    public record Painting(
            @JsonProperty("engine_id") String engineId,
            @JsonProperty("Organization") String organization,
            @JsonProperty("tag") List<String> tags,
            @JsonProperty("body") PaintingBody body)
            implements PictorRequest<Artifacts> {}

    /** The same request, for the model that answers with the PNG. */
    public record PngPainting(
            @JsonProperty("engine_id") String engineId,
            @JsonProperty("Organization") String organization,
            @JsonProperty("tag") List<String> tags,
            @JsonProperty("body") PaintingBody body)
            implements PictorRequest<ImageResult> {}

    public record PaintingBody(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("steps") Integer steps) {}

    public record Artifacts(@JsonProperty("artifacts") List<Artifact> artifacts) {}

    public record Artifact(@JsonProperty("base64") Base64Image base64) {}

    public record Edit(
            @JsonProperty("image") List<ImageBytes> image,
            @JsonProperty("mask") ImageBytes mask,
            @JsonProperty("prompt") String prompt,
            @JsonProperty("n") Integer n,
            @JsonProperty("text_prompts") List<TextPrompt> textPrompts,
            @JsonProperty("options") Options options,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("sizes") List<Integer> sizes)
            implements PictorRequest<Artifacts> {}

    public record TextPrompt(
            @JsonProperty("text") String text,
            @JsonProperty("weight") Double weight) {}

    public record Options(
            @JsonProperty("quality") String quality,
            @JsonProperty("moderation") Boolean moderation) {}

    public record Flux(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("seed") Integer seed) implements PictorRequest<FluxResult> {}

    public record FluxResult(@JsonProperty("sample") URI sample) {}

    static ModelId modelId(ProviderInfo provider, String model) {
        return new ModelId(provider.id(), model, "2026-12-07", LocalDate.of(2026, 12, 7));
    }

    /** The JSON answer of {@link #PAINT}, its images base64. */
    static final class PainterJson extends JsonRecordAdapter<Painting, Artifacts> {
        PainterJson() {
            super(
                    modelId(IMAGES, "painter"),
                    IMAGES,
                    "painter",
                    Painting.class,
                    Artifacts.class,
                    r -> List.of(),
                    PAINT);
        }

        @Override
        protected void findImages(Artifacts result, FoundImages found) {
            result.artifacts().forEach(a -> found.base64(a.base64()));
        }
    }

    /** The PNG answer of {@link #PAINT}. */
    static final class PainterPng extends BinaryImageAdapter<PngPainting> {
        PainterPng() {
            super(
                    modelId(IMAGES, "painter-png"),
                    IMAGES,
                    "painter-png",
                    PngPainting.class,
                    r -> List.of(),
                    "image/png",
                    PAINT.reading(1));
        }
    }

    static final class Editor extends JsonRecordAdapter<Edit, Artifacts> {
        Editor() {
            super(modelId(IMAGES, "editor"), IMAGES, "editor", Edit.class, Artifacts.class, r -> List.of(), EDIT);
        }
    }

    static final class FluxAdapter extends JsonRecordAdapter<Flux, FluxResult> {
        FluxAdapter() {
            super(modelId(JOBS, "flux"), JOBS, "flux", Flux.class, FluxResult.class, r -> List.of(), FLUX);
        }

        @Override
        protected void findImages(FluxResult result, FoundImages found) {
            if (result.sample() != null) {
                found.url(result.sample());
            }
        }
    }

    /** A client with both providers pointed at {@code server}, the canary token, short polls and retries. */
    static PictorClient.Builder client(ScriptedServer server) {
        return PictorClient.builder()
                .discoverAdapters(false)
                .environment(name -> name.startsWith("TEST_") && name.endsWith("_TOKEN") ? TOKEN : null)
                .baseUrl("test-images", server.url("/v1"))
                .baseUrl("test-jobs", server.url(""))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(40))
                        .build())
                .pollInterval(Duration.ofMillis(10), Duration.ofMillis(40))
                .adapter(new PainterJson())
                .adapter(new PainterPng())
                .adapter(new Editor())
                .adapter(new FluxAdapter());
    }

    /** One part of a multipart body as a server reads it. */
    record ReadPart(Map<String, String> headers, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        String disposition() {
            return headers.get("content-disposition");
        }
    }

    /** The parts of a {@code multipart/form-data} body, split on the boundary its content type names. */
    static List<ReadPart> parts(String contentType, byte[] body) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String first = "--" + boundary + "\r\n";
        String last = "\r\n--" + boundary + "--\r\n";
        if (!text.startsWith(first) || !text.endsWith(last)) {
            throw new AssertionError("not a multipart body of boundary " + boundary);
        }
        List<ReadPart> parts = new ArrayList<>();
        String inner = text.substring(first.length(), text.length() - last.length());
        for (String chunk : inner.split(Pattern.quote("\r\n--" + boundary + "\r\n"), -1)) {
            int end = chunk.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : chunk.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            parts.add(new ReadPart(headers, chunk.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }
}
