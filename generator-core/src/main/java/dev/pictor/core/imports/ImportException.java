package dev.pictor.core.imports;

/**
 * The import cannot run or cannot finish: a schemas root that cannot be used, no provider document for the format's
 * provider, or an I/O failure while writing (everything this run wrote is then undone). One sentence for a user.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
