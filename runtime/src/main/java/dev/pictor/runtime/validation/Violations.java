package dev.pictor.runtime.validation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Collects the {@link Violation}s of one validation run, in the order they were added. Generated validators create
 * one per call, let {@link Checks} add to it, and return {@link #list()}. Not thread-safe (it is never shared).
 */
public final class Violations {

    private static final Violation[] NONE = {};

    /** The violations, in {@code [0, size)}; a valid value costs no array. */
    private Violation[] items = NONE;
    private int size;
    /** Whether {@link #list()} handed out {@link #items}, which must then never be written to again. */
    private boolean shared;

    /** Adds {@code violation}. */
    public void add(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        if (size == items.length || shared) {
            makeRoom();
        }
        items[size++] = violation;
    }

    /**
     * Makes the first array, grows a full one or copies a shared one. Apart from {@link #add}, and the first array
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

    /** Adds a violation at {@code at} for {@code keyword} with {@code message}. */
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

    /** The first violation added, or {@code null}. */
    Violation first() {
        return size == 0 ? null : items[0];
    }

    /**
     * The violations in the order they were added, as an immutable list: adding later does not change it. It shares
     * the array filled so far, which a later addition copies before it writes, so a validation run copies nothing.
     */
    public List<Violation> list() {
        if (size == 0) {
            return List.of();
        }
        shared = true;
        return new Listed(items, size);
    }

    /** One violation per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(items[i]);
        }
        return sb.toString();
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
