package dev.pictor.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.json.Base64BytesSerializer;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.json.UInt8ArraySerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding a seeded-random uint8 image (1 MiB by default) into JSON, each way written as the one member of a request
 * object ({@code {"image":...}}) by the runtime's writer into the same reusable byte sink, reset before each
 * operation:
 * <ul>
 *   <li>{@code numberArray}: {@link ImageBytes} with {@link UInt8ArraySerializer} (the runtime's number array);</li>
 *   <li>{@code jacksonListOfInteger}: the same values as a {@code List<Integer>}, written by Jackson (what a
 *       {@code List<Integer>} DTO costs);</li>
 *   <li>{@code jacksonIntArray}: the same values as an {@code int[]}, written by Jackson (no boxing, but one
 *       {@code writeNumber} per element);</li>
 *   <li>{@code base64}: {@link ImageBytes} with {@link Base64BytesSerializer}.</li>
 * </ul>
 * Targets (issue 3): {@code numberArray} at least 10 times faster than {@code jacksonListOfInteger}, and at most 3
 * times the time of {@code base64}. Every operation returns the number of bytes written, so none is optimised away;
 * {@link #check()} verifies at setup that the number array and the {@code List<Integer>} outputs are identical.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Uint8EncodingBenchmark {

    /** A request with a uint8 number-array image. */
    public record NumberArrayRequest(
            @JsonProperty("image") @JsonSerialize(using = UInt8ArraySerializer.class)
            ImageBytes image) {}

    /** A request with a base64 image. */
    public record Base64Request(
            @JsonProperty("image") @JsonSerialize(using = Base64BytesSerializer.class)
            ImageBytes image) {}

    /** The same image as boxed integers. */
    public record ListRequest(@JsonProperty("image") List<Integer> image) {}

    /** The same image as an int array. */
    public record IntArrayRequest(@JsonProperty("image") int[] image) {}

    /** A byte sink reset before each operation; pre-sized so that it never grows during measurement. */
    static final class Sink extends ByteArrayOutputStream {
        Sink(int capacity) {
            super(capacity);
        }

        byte[] array() {
            return buf;
        }
    }

    @Param({"1048576"})
    public int size;

    @Param({"42"})
    public long seed;

    private NumberArrayRequest numberArray;
    private Base64Request base64;
    private ListRequest list;
    private IntArrayRequest ints;
    private ObjectWriter writer;
    private Sink sink;

    @Setup
    public void setup() throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        ImageBytes image = ImageBytes.of(bytes);
        List<Integer> boxed = new ArrayList<>(size);
        int[] unboxed = new int[size];
        for (int i = 0; i < size; i++) {
            boxed.add(bytes[i] & 0xFF);
            unboxed[i] = bytes[i] & 0xFF;
        }
        numberArray = new NumberArrayRequest(image);
        base64 = new Base64Request(image);
        list = new ListRequest(boxed);
        ints = new IntArrayRequest(unboxed);
        writer = PictorJson.writer();
        sink = new Sink(size * 4 + 64);
        check();
    }

    /** The number array is byte for byte what Jackson writes for the List<Integer> and the int[]. */
    void check() throws IOException {
        byte[] a = write(numberArray);
        byte[] b = write(list);
        byte[] c = write(ints);
        if (!Arrays.equals(a, b) || !Arrays.equals(a, c)) {
            throw new IllegalStateException("number array differs from Jackson's output");
        }
    }

    private byte[] write(Object value) throws IOException {
        sink.reset();
        writer.writeValue(sink, value);
        return Arrays.copyOf(sink.array(), sink.size());
    }

    @Benchmark
    public int numberArray() throws IOException {
        sink.reset();
        writer.writeValue(sink, numberArray);
        return sink.size();
    }

    @Benchmark
    public int jacksonListOfInteger() throws IOException {
        sink.reset();
        writer.writeValue(sink, list);
        return sink.size();
    }

    @Benchmark
    public int jacksonIntArray() throws IOException {
        sink.reset();
        writer.writeValue(sink, ints);
        return sink.size();
    }

    @Benchmark
    public int base64() throws IOException {
        sink.reset();
        writer.writeValue(sink, base64);
        return sink.size();
    }
}
