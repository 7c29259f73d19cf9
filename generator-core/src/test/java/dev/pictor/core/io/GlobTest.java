package dev.pictor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starStaysInOneFolder() {
        assertTrue(Glob.of("acme/*").matches("acme/m"));
        assertFalse(Glob.of("acme/*").matches("acme/m/2025-01-01.json"));
        assertTrue(Glob.of("@cf/runwayml/*").matches("@cf/runwayml/stable-diffusion-v1-5-inpainting"));
    }

    @Test
    void doubleStarCrossesFolders() {
        assertTrue(Glob.of("acme/**").matches("acme/m/2025-01-01.json"));
        assertTrue(Glob.of("**/flux-1-schnell/**")
                .matches("cloudflare-workers-ai/black-forest-labs/flux-1-schnell/2025-11-20.json"));
        assertTrue(Glob.of("**/m/2025-01-01.json").matches("m/2025-01-01.json"), "**/ also matches no folder");
        assertFalse(Glob.of("other/**").matches("acme/m/2025-01-01.json"));
    }

    @Test
    void questionMarkIsOneCharacterAndEverythingElseIsLiteral() {
        assertTrue(Glob.of("v?.json").matches("v1.json"));
        assertFalse(Glob.of("v?.json").matches("v/.json"));
        assertFalse(Glob.of("a.b").matches("axb"));
        assertTrue(Glob.of("phoenix-1.0/(x)[y]+").matches("phoenix-1.0/(x)[y]+"));
    }

    @Test
    void keepsItsText() {
        assertEquals("acme/**", Glob.of("acme/**").toString());
    }
}
