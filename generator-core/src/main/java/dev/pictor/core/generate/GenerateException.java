package dev.pictor.core.generate;

/**
 * The run cannot write its output: an output folder that cannot be used (inside the schemas root, a file where a
 * folder should be, no permission) or an I/O failure while writing. The message is one sentence for a user, naming
 * the path; the cause, when there is one, is the {@link java.io.IOException}.
 */
public final class GenerateException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenerateException(String message, Throwable cause) {
        super(message, cause);
    }

    public GenerateException(String message) {
        super(message);
    }
}
