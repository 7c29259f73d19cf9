package dev.pictor.runtime.validation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.BiConsumer;

/**
 * Collects the {@link Violation}s of one validation run, in the order they were added. Not thread-safe (it is never
 * shared).
 *
 * <p>A generated validator runs the request through a {@linkplain #counting() counting} collector, which keeps no
 * violation and lets {@link Checks} build none, and returns {@link #list(Object, BiConsumer)}: a list that knows how
 * many violations there are and builds them when it is first read, by checking the request again with a collector
 * that keeps them. Finding that a request is invalid, and how many violations it has, thus costs no object per
 * violation; reading them costs a second run of the checks. The request is immutable, so both runs agree.
 */
public final class Violations {

    private static final Violation[] NONE = {};

    /** Whether this collector only counts: {@link #items} stays empty and {@link Checks} build no violation. */
    private final boolean counting;

    /** The violations, in {@code [0, size)}; a valid value costs no array. */
    private Violation[] items = NONE;

    private int size;
    /** Whether {@link #list()} handed out {@link #items}, which must then never be written to again. */
    private boolean shared;

    /** A collector that keeps the violations added to it. */
    public Violations() {
        this(false);
    }

    private Violations(boolean counting) {
        this.counting = counting;
    }

    /** A collector that only counts the violations added to it (see the class comment). */
    public static Violations counting() {
        return new Violations(true);
    }

    /** Adds {@code violation} (a counting collector counts it). */
    public void add(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        found(violation);
    }

    /** Whether violations are kept; where they are only counted, {@link Checks} build none. */
    boolean keeps() {
        return !counting;
    }

    /** Adds {@code violation}, or counts one when this collector only counts ({@code violation} is then unused). */
    void found(Violation violation) {
        if (counting) {
            size++;
            return;
        }
        if (size == items.length || shared) {
            makeRoom();
        }
        items[size++] = violation;
    }

    /**
     * Makes the first array, grows a full one or copies a shared one. Apart from {@link #found}, and the first array
     * made plainly, so that the compiled checks stay small enough for the JIT to inline them.
     */
    private void makeRoom() {
        if (size == 0) {
            items = new Violation[8];
        } else {
            items = Arrays.copyOf(items, size == items.length ? size * 2 : items.length);
        }
        shared = false;
    }

    /** Adds a violation at {@code at} for {@code keyword} with {@code message} (a counting collector counts it). */
    public void add(Pointer at, String keyword, String message) {
        add(Violation.of(at, keyword, message));
    }

    /** Whether nothing was added. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** How many were added. */
    public int size() {
        return size;
    }

    /** The first violation kept, or {@code null}. */
    Violation first() {
        return size == 0 ? null : items[0];
    }

    /**
     * The violations in the order they were added, as an immutable list: adding later does not change it. It shares
     * the array filled so far, which a later addition copies before it writes, so a validation run copies nothing.
     *
     * @throws IllegalStateException when this collector only counts
     */
    public List<Violation> list() {
        if (counting) {
            throw new IllegalStateException("a counting collector keeps no violation; use list(value, check)");
        }
        if (size == 0) {
            return List.of();
        }
        shared = true;
        return new Listed(items, size);
    }

    /**
     * The violations found by running {@code check} on {@code value}, which is what this collector was given. A
     * keeping collector returns {@link #list()}. A counting one returns an immutable list of {@link #size()} items,
     * built when the list is first read by running {@code check} on {@code value} again with a keeping collector;
     * {@code value} must therefore be immutable, and {@code check} deterministic.
     */
    public <T> List<Violation> list(T value, BiConsumer<Violations, ? super T> check) {
        if (!counting) {
            return list();
        }
        return size == 0 ? List.of() : new Counted<>(value, check, size);
    }

    /** One violation per line; how many, for a counting collector. */
    @Override
    public String toString() {
        if (counting) {
            return size + " violations counted";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(items[i]);
        }
        return sb.toString();
    }

    /**
     * The violations a counting run found, built when first read. Safe to share between threads: two threads that
     * read it first may both build the items, and build equal ones.
     */
    private static final class Counted<T> extends AbstractList<Violation> implements RandomAccess {
        private final T value;
        private final BiConsumer<Violations, ? super T> check;
        private final int size;
        private volatile List<Violation> items;

        Counted(T value, BiConsumer<Violations, ? super T> check, int size) {
            this.value = value;
            this.check = check;
            this.size = size;
        }

        @Override
        public Violation get(int index) {
            Objects.checkIndex(index, size);
            return items().get(index);
        }

        @Override
        public int size() {
            return size;
        }

        private List<Violation> items() {
            List<Violation> built = items;
            if (built == null) {
                Violations kept = new Violations();
                check.accept(kept, value);
                if (kept.size != size) {
                    throw new IllegalStateException("the value changed after it was validated: " + size
                            + " violations were counted, " + kept.size + " found now");
                }
                built = kept.list();
                items = built;
            }
            return built;
        }
    }

    /** The first {@code size} violations of an array no one writes to any more. */
    private static final class Listed extends AbstractList<Violation> implements RandomAccess {
        private final Violation[] items;
        private final int size;

        Listed(Violation[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public Violation get(int index) {
            Objects.checkIndex(index, size);
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
