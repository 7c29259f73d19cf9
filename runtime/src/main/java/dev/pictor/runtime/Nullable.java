package dev.pictor.runtime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.pictor.runtime.json.NullableDeserializer;
import dev.pictor.runtime.json.NullableSerializer;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value whose schema admits {@code null}, in one of three states: {@linkplain #unset() unset} (the member is left
 * out of the JSON), {@linkplain #ofNull() null} (the member is sent as {@code null}) or {@linkplain #of(Object) a
 * value}. A provider may read an explicit {@code null} differently from a missing member (a default applies only to
 * the latter), so a request sends {@code null} only when asked to.
 *
 * <p>Immutable; never holds a Java {@code null} value. A generated record's component of this type is never Java
 * {@code null} itself: a missing one is {@link #unset()}. With Jackson (any {@code ObjectMapper}): an explicit JSON
 * {@code null} reads as {@link #ofNull()}, an absent member as {@link #unset()}, anything else through the
 * deserializer of the value's type; {@link #ofNull()} is written as {@code null}, a value as that value, and an unset
 * component is left out ({@code @JsonInclude(NON_EMPTY)} on the component, which generated records carry).
 *
 * @param <T> the type of the value
 */
@JsonSerialize(using = NullableSerializer.class)
@JsonDeserialize(using = NullableDeserializer.class)
public final class Nullable<T> {

    private static final Nullable<?> UNSET = new Nullable<>(false, null);
    private static final Nullable<?> NULL = new Nullable<>(true, null);

    /** False only for {@link #UNSET}. */
    private final boolean set;
    /** The value; {@code null} when unset or null. */
    private final T value;

    private Nullable(boolean set, T value) {
        this.set = set;
        this.value = value;
    }

    /** Not set: the member is left out of the JSON. */
    @SuppressWarnings("unchecked")
    public static <T> Nullable<T> unset() {
        return (Nullable<T>) UNSET;
    }

    /** An explicit JSON {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> Nullable<T> ofNull() {
        return (Nullable<T>) NULL;
    }

    /**
     * A value.
     *
     * @throws NullPointerException when {@code value} is {@code null}: use {@link #ofNull()} or {@link #unset()}
     */
    public static <T> Nullable<T> of(T value) {
        return new Nullable<>(
                true, Objects.requireNonNull(value, "value (for an explicit null use Nullable.ofNull())"));
    }

    /** Whether this is set, to {@code null} or to a value (else the member is left out). */
    public boolean isSet() {
        return set;
    }

    /** Whether this is the explicit JSON {@code null}. */
    public boolean isNull() {
        return set && value == null;
    }

    /** Whether this holds a value (neither unset nor {@code null}). */
    public boolean hasValue() {
        return value != null;
    }

    /**
     * The value.
     *
     * @throws NoSuchElementException when this is unset or {@code null}
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException(set ? "the value is null" : "no value is set");
        }
        return value;
    }

    /** The value, or {@code other} when this is unset or {@code null}. */
    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** The value, or empty when this is unset or {@code null}. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** The value mapped by {@code f} (which must not return {@code null}); unset and {@code null} stay as they are. */
    public <R> Nullable<R> map(Function<? super T, ? extends R> f) {
        return value != null ? of(f.apply(value)) : set ? ofNull() : unset();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Nullable<?> other && set == other.set && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return set ? Objects.hashCode(value) + 1 : 0;
    }

    /** {@code Nullable.unset}, {@code Nullable[null]} or {@code Nullable[value]}. */
    @Override
    public String toString() {
        return set ? "Nullable[" + value + "]" : "Nullable.unset";
    }
}
