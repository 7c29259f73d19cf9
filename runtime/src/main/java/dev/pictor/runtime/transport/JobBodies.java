package dev.pictor.runtime.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a job envelope around an encoded input without parsing it again. */
final class JobBodies {

    private JobBodies() {}

    /**
     * {@code {"<name>": "<value>", ..., "input": <input>}}: string members (JSON-escaped) then the input as it is.
     *
     * @param members name, value, name, value, ...
     */
    static byte[] envelope(byte[] input, String... members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 64);
        out.write('{');
        for (int i = 0; i < members.length; i += 2) {
            out.writeBytes(quote(members[i]));
            out.write(':');
            out.writeBytes(quote(members[i + 1]));
            out.write(',');
        }
        out.writeBytes(quote("input"));
        out.write(':');
        out.writeBytes(input);
        out.write('}');
        return out.toByteArray();
    }

    private static byte[] quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }
}
