package dev.pictor.core.compat;

/**
 * Which schema of a model a change is in, and so who it can break: the {@code input} is written by a caller and read
 * by the provider (a change that rejects a request valid before breaks the caller), the {@code output} is written by
 * the provider and read by a caller (a change that lets the provider send what was not allowed before breaks the
 * reader). Changes to the model as a whole (deprecation) concern both.
 */
public enum Side {
    INPUT("input"),
    OUTPUT("output"),
    MODEL("model");

    private final String word;

    Side(String word) {
        this.word = word;
    }

    /** {@code input}, {@code output} or {@code model}, for messages. */
    public String word() {
        return word;
    }
}
