package it;

import com.example.clients.acme.painter.v2025_06_01.PainterRequest;
import dev.pictor.runtime.ImageBytes;

/** Code of the project that uses generated types: it compiles only while the generated sources are in the build. */
public final class Painting {

    private Painting() {}

    /** A request built with the generated builder. */
    public static PainterRequest fox() {
        return PainterRequest.builder("a red fox", ImageBytes.of(new byte[] {0, 127, (byte) 255}))
                .steps(4)
                .build();
    }
}
