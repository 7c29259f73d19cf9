package dev.pictor.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A value of an open enum: a string that may be one of the values a schema names ({@code anyOf} of a string and an
 * enum of strings) or any other string, kept as it is. A generated subclass declares a constant for each known value
 * and a factory, {@code of(String)}, that returns the constant for a known value and a new instance for any other;
 * this class holds the value, writes it as the bare JSON string and compares by it.
 *
 * <p>Two values are equal when they are of the same class and hold the same string: an unknown value read from JSON
 * equals another read from the same text, and a known value equals its constant. {@link #toString()} is the wire
 * value.
 */
public abstract class OpenEnum {

    private final String wireValue;
    private final boolean known;

    /**
     * For the constants and the factory of a generated subclass.
     *
     * @param wireValue the string sent on the wire
     * @param known     whether the schema names this value
     */
    protected OpenEnum(String wireValue, boolean known) {
        this.wireValue = Objects.requireNonNull(wireValue, "wireValue");
        this.known = known;
    }

    /** The value as it is sent on the wire, unchanged from how it was read or made. */
    @JsonValue
    public final String wireValue() {
        return wireValue;
    }

    /**
     * Whether this value is one the schema names (a constant of the generated class), rather than another string the
     * provider sent or the caller chose.
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object other) {
        return other == this
                || (other != null && other.getClass() == getClass() && wireValue.equals(((OpenEnum) other).wireValue));
    }

    @Override
    public final int hashCode() {
        return wireValue.hashCode();
    }

    @Override
    public final String toString() {
        return wireValue;
    }
}
