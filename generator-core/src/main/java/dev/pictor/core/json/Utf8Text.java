package dev.pictor.core.json;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a document's bytes as strict UTF-8: a byte sequence that is not UTF-8 is a located ERROR at the line and
 * column where it stands, never a silent U+FFFD that would reach generated code.
 */
final class Utf8Text {

    private Utf8Text() {}

    /**
     * The text of {@code content}, a leading byte order mark removed, or empty with the reason in {@code diagnostics}.
     */
    static Optional<String> decode(String file, byte[] content, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never decodes to more UTF-16 units than it has bytes
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int bad = in.position();
            diagnostics.report(
                    Severity.ERROR,
                    "file.not-utf8",
                    locate(file, out),
                    String.format(
                            Locale.ROOT,
                            "byte 0x%02X (byte %d of the file) is not valid UTF-8; Pictor reads every input as UTF-8",
                            content[bad] & 0xFF,
                            bad + 1),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Where the text decoded so far ends: the line and column (UTF-16 units, as the parsers count them; a byte order
     * mark not counted) of the first character that could not be decoded.
     */
    private static SourceLocation locate(String file, CharBuffer decoded) {
        int line = 1;
        int column = 1;
        int start = decoded.length() > 0 && decoded.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }
}
