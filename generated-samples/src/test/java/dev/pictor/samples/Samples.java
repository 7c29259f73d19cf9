package dev.pictor.samples;

import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.util.List;

/** Values and helpers shared by the tests of the generated clients. */
final class Samples {

    /** Three pixels' worth of bytes: 0, 127 and 255 (the largest uint8, a negative Java byte). */
    static final ImageBytes IMAGE = ImageBytes.of(new byte[] {0, 127, (byte) 255});

    /** A mask: 255 where to repaint, 0 where to keep. */
    static final ImageBytes MASK = ImageBytes.of(new byte[] {(byte) 255, 0, (byte) 255});

    private Samples() {}

    /** The request as the runtime sends it. */
    static String json(Object request) {
        return PictorJson.writeString(request);
    }

    /** Violations as {@code pointer: message} lines. */
    static List<String> shown(List<Violation> violations) {
        return violations.stream().map(Violation::toString).toList();
    }

    /** Violations as {@code keyword message}, for checks whose pointer convention is not the point. */
    static List<String> keywordsAndMessages(List<Violation> violations) {
        return violations.stream().map(v -> v.keyword() + " " + v.message()).toList();
    }
}
