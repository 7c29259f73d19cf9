package com.example.quickstart;

import com.example.clients.cloudflare_workers_ai.stabilityai.stable_diffusion_xl_base_1_0.v2025_11_20.StableDiffusionXlBase1_0Request;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.PictorClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates one image with Stable Diffusion XL on Cloudflare Workers AI and writes it to {@code lighthouse.png}.
 *
 * <p>The credential and the account id come from the environment ({@code CLOUDFLARE_API_TOKEN},
 * {@code CLOUDFLARE_ACCOUNT_ID}, as {@code provider.json} names them); the first argument, when given, replaces the
 * provider's base URL (an emulator's, for example).
 */
public final class Main {
    static final String PROVIDER = "cloudflare-workers-ai";

    private Main() {}

    public static void main(String[] args) throws IOException {
        PictorClient.Builder builder = PictorClient.builder();
        if (args.length > 0) {
            builder.baseUrl(PROVIDER, args[0]);
        }
        try (PictorClient client = builder.build()) {
            Generation<ImageResult> generation = lighthouse(client);
            Path file = Path.of("lighthouse.png");
            Files.write(file, generation.image().bytes().toByteArray());
            System.out.println("wrote " + file + ": " + generation.image().bytes());
        }
    }

    /** The call itself: a request built and validated by its generated builder, then run. */
    static Generation<ImageResult> lighthouse(PictorClient client) {
        StableDiffusionXlBase1_0Request request = StableDiffusionXlBase1_0Request.builder("a lighthouse at dusk")
                .width(1024)
                .height(768)
                .numSteps(20)
                .seed(42)
                .build();
        return client.run(request);
    }
}
