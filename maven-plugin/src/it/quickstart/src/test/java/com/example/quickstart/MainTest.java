package com.example.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.emulator.junit.PictorEmulatorExtension;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.PictorClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainTest {
    // Started on a loopback port before the tests, over this project's own model documents; stopped after them.
    @RegisterExtension
    static PictorEmulatorExtension emulator = PictorEmulatorExtension.forSchemas(Path.of("src/main/pictor"));

    @Test
    void generatesTheLighthouse() {
        try (PictorClient client = PictorClient.builder()
                .baseUrl(Main.PROVIDER, emulator.baseUrl(Main.PROVIDER))
                .credential(Main.PROVIDER, "test-token")
                .build()) {
            Generation<ImageResult> generation = Main.lighthouse(client);

            assertEquals("image/png", generation.image().mediaType());
            assertEquals(1, emulator.emulator().requestCount());
        }
    }
}
