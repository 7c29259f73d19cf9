package dev.pictor.runtime.client;

import java.util.Objects;

/**
 * A credential (an API token). It can be handed to a {@link PictorClient} and nothing else: no public method returns
 * the value, {@link #toString()} is {@code Secret[redacted]}, and equality is identity, so that a secret never shows
 * up in a log line, an exception message, a debugger's {@code toString} or an assertion failure.
 *
 * <p>The client adds it to the provider's credential header of the requests it sends to that provider's base URL, and
 * to no other request.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * A secret holding {@code value}.
     *
     * @throws IllegalArgumentException when {@code value} is blank or holds a control character (a header value could
     *         not carry it); the message never quotes the value
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A credential cannot be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("A credential cannot hold a control character (found one at index "
                        + i + " of " + value.length() + ")");
            }
        }
        return new Secret(value.strip());
    }

    /** The value, for the client's own header; never logged. */
    String reveal() {
        return value;
    }

    /** {@code Secret[redacted]}, whatever the value. */
    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
