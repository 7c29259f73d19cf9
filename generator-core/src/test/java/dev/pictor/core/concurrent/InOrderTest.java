package dev.pictor.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheyRanIn() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = InOrder.shuffled(8, 42).map(ITEMS, i -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        });
        assertEquals(ITEMS.stream().map(i -> i * i).toList(), squares);
        assertTrue(threads.size() > 1, () -> "ran on " + threads);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("pictor-")), threads::toString);
    }

    @Test
    void oneThreadIsAPlainLoopInTheCallingThread() {
        String caller = Thread.currentThread().getName();
        List<String> names =
                InOrder.SEQUENTIAL.map(ITEMS, i -> Thread.currentThread().getName());
        assertTrue(names.stream().allMatch(caller::equals));
        assertEquals(1, InOrder.SEQUENTIAL.threads());
    }

    @Test
    void theFirstFailureInInputOrderIsThrownAsItWasThrown() {
        IllegalStateException early = new IllegalStateException("early");
        StackOverflowError late = new StackOverflowError("late");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> InOrder.shuffled(4, 7).map(ITEMS, i -> {
                    if (i == 150) {
                        throw late;
                    }
                    if (i == 90) {
                        throw early;
                    }
                    return i;
                }));
        assertSame(early, thrown);
        StackOverflowError error = assertThrows(
                StackOverflowError.class,
                () -> InOrder.threads(3).map(ITEMS, i -> {
                    if (i == 5) {
                        throw late;
                    }
                    return i;
                }));
        assertSame(late, error);
    }

    @Test
    void aPoolHasAtLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> InOrder.threads(0));
        assertTrue(InOrder.availableProcessors().threads() >= 1);
    }
}
