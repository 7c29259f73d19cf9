package dev.pictor.core.load;

/** The schemas root itself cannot be used (missing, not a directory, unreadable): a one-line user error. */
public final class SchemaRootException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchemaRootException(String message) {
        super(message);
    }
}
