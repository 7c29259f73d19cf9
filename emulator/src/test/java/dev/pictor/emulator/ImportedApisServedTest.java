package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.imports.ImportFormat;
import dev.pictor.core.imports.ImportOptions;
import dev.pictor.core.imports.ImportResult;
import dev.pictor.core.imports.Importer;
import dev.pictor.core.imports.OpenApiSelection;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.SchemaSet;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every image operation of each of the eight imported APIs (OpenAI, BFL, Stability, Ideogram, Recraft, Together,
 * Runway, Leonardo), imported by {@code pictor import openapi} from the test data and served with no provider-specific
 * code: each operation is routed by its method and path below its provider's base URL, and an empty request is
 * answered as the operation's own validation says (400 or a success), never "no route", "wrong method" or an
 * emulator failure.
 */
class ImportedApisServedTest {

    /** file, provider id, base URL when the document's servers give none, operations. */
    private record Api(String file, String provider, String baseUrl, List<String> operations) {}

    private static final List<Api> APIS = List.of(
            new Api(
                    "openai.openapi.2025-04-29.yaml",
                    "openai",
                    null,
                    List.of("createImage", "createImageEdit", "createImageVariation")),
            new Api(
                    "bfl.openapi.json",
                    "bfl",
                    null,
                    List.of(
                            "generate_flux_1_1_ultra_v1_flux_pro_1_1_ultra_post", "fill_v1_flux_pro_1_0_fill_post",
                            "expand_v1_flux_pro_1_0_expand_post", "generate_flux_2_pro_v1_flux_2_pro_post")),
            new Api(
                    "stability-v1.openapi.yaml",
                    "stability-ai",
                    null,
                    List.of("textToImage", "imageToImage", "upscaleImage", "masking")),
            new Api(
                    "ideogram.openapi.json",
                    "ideogram",
                    "https://api.ideogram.ai",
                    List.of(
                            "post_generate_image",
                            "post_edit_image",
                            "post_generate_image_v3",
                            "post_edit_image_v3",
                            "post_remix_image_v3")),
            new Api(
                    "recraft.openapi.yaml",
                    "recraft",
                    null,
                    List.of("GenerateImage", "ImageToImage", "InpaintImage", "VariateImage", "CrispUpscale")),
            new Api("together.openapi.yaml", "together", null, List.of("POST /images/generations")),
            new Api("runway.openapi.json", "runway", null, List.of("POST /v1/text_to_image", "POST /v1/image_upscale")),
            new Api(
                    "leonardo.openapi.json",
                    "leonardo",
                    null,
                    List.of("createGeneration", "createLCMGeneration", "createVariationUpscale")));

    @TempDir
    Path dir;

    @Test
    void everyImportedOperationIsRoutedAndValidated() throws Exception {
        Path root = dir.resolve("schemas");
        Files.createDirectories(root);
        Path data = Http.schemas().resolveSibling("testdata").resolve("provider-data/openapi-providers");
        for (Api api : APIS) {
            ImportResult result = Importer.run(new ImportOptions(
                    ImportFormat.OPENAPI,
                    List.of(data.resolve(api.file())),
                    root,
                    "2026-12-07",
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    new OpenApiSelection(api.provider(), api.operations(), List.of(), false, api.baseUrl())));
            assertFalse(result.failed(), () -> api.file() + ": " + result.problems());
        }
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = DocumentLoader.load(root, diagnostics);
        List<String> answers = new ArrayList<>();
        try (ProviderEmulator emulator =
                ProviderEmulator.builder().schemas(root).start()) {
            assertEquals(
                    Set.of("openai", "bfl", "stability-ai", "ideogram", "recraft", "together", "runway", "leonardo"),
                    Set.copyOf(emulator.providerIds()));
            assertEquals(java.util.Map.of(), emulator.unservedProviders());
            int operations = 0;
            for (ModelDocument model : set.models()) {
                Operation op = model.operation().orElseThrow();
                String url = emulator.baseUrl(model.provider()) + op.path().replaceAll("\\{[^}]+\\}", "x");
                HttpResponse<byte[]> r = Http.send(request(op, url));
                String line = model.provider() + " " + op.method() + " " + op.path() + " -> " + r.statusCode();
                answers.add(line);
                assertTrue(
                        r.statusCode() == 400 || (r.statusCode() >= 200 && r.statusCode() < 300),
                        () -> line + ": " + new String(r.body(), StandardCharsets.UTF_8));
                assertTrue(emulator.internalError().isEmpty(), () -> line + ": " + emulator.internalError());
                operations++;
            }
            assertEquals(
                    APIS.stream().mapToInt(a -> a.operations().size()).sum(),
                    operations,
                    () -> String.join("\n", answers));
        }
    }

    /** An empty body of the operation's media type, with a credential in every scheme the APIs use. */
    private static HttpRequest request(Operation op, String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer k")
                .header("x-key", "k")
                .header("Api-Key", "k");
        boolean multipart =
                op.requestBody().map(Operation.RequestBody::multipart).orElse(false);
        byte[] body = multipart
                ? "--b\r\nContent-Disposition: form-data; name=\"unused_probe\"\r\n\r\nx\r\n--b--\r\n"
                        .getBytes(StandardCharsets.US_ASCII)
                : "{}".getBytes(StandardCharsets.US_ASCII);
        b.header("Content-Type", multipart ? "multipart/form-data; boundary=b" : "application/json");
        return b.method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}
