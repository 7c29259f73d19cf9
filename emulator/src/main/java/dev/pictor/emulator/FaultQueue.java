package dev.pictor.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/** The faults waiting to be played, in the order they were injected. Thread-safe. */
final class FaultQueue {

    private final LinkedList<Fault> waiting = new LinkedList<>();

    synchronized void add(List<Fault> faults) {
        waiting.addAll(faults);
    }

    synchronized void clear() {
        waiting.clear();
    }

    synchronized List<Fault> snapshot() {
        return new ArrayList<>(waiting);
    }

    /** Takes the first HTTP fault (anything but {@link Fault.Kind#JOB_FAILED}) that applies to this provider. */
    synchronized Optional<Fault> takeHttpFault(String providerId) {
        return take(providerId, false);
    }

    /** Takes the first {@link Fault.Kind#JOB_FAILED} that applies to this provider. */
    synchronized boolean takeJobFailure(String providerId) {
        return take(providerId, true).isPresent();
    }

    private Optional<Fault> take(String providerId, boolean jobFailure) {
        for (Iterator<Fault> it = waiting.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if ((fault.kind() == Fault.Kind.JOB_FAILED) == jobFailure && fault.appliesTo(providerId)) {
                it.remove();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
