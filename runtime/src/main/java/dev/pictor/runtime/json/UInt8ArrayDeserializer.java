package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Reads a JSON array of numbers {@code 0..255} into an {@link ImageBytes}, one byte per element.
 *
 * <p>Strict, so that binding fails instead of silently truncating: every element must be an integer by JSON Schema
 * rules ({@code 7}, and also {@code 7.0} or {@code 7e0}) within {@code 0..255}. A fraction ({@code 7.5}), a value out
 * of range ({@code 256}, {@code -1}), a string, a boolean, {@code null}, a nested array or object, or anything other
 * than an array fails with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the element's
 * index. A JSON {@code null} in place of the whole array binds to Java {@code null} as for any other field.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = UInt8ArrayDeserializer.class)} (or {@code contentUsing}).
 */
public final class UInt8ArrayDeserializer extends StdDeserializer<ImageBytes> {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal MAX = BigDecimal.valueOf(255);

    public UInt8ArrayDeserializer() {
        super(ImageBytes.class);
    }

    @Override
    public ImageBytes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return (ImageBytes) ctxt.reportInputMismatch(
                    this,
                    "Expected a JSON array of integers 0..255 for %s, got %s",
                    describe(),
                    JsonTokens.describe(p));
        }
        byte[] buf = new byte[4096];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int v = -1;
            if (t == JsonToken.VALUE_NUMBER_INT) {
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    v = p.getIntValue();
                }
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal d = p.getDecimalValue();
                if (!Numbers.isIntegral(d)) {
                    return fail(ctxt, n, p.getText() + " is not an integer");
                }
                if (d.signum() >= 0 && d.compareTo(MAX) <= 0) {
                    v = d.intValue();
                }
            } else if (t == null) {
                return (ImageBytes) ctxt.reportInputMismatch(this, "Unexpected end of input in a uint8 array");
            } else {
                return fail(ctxt, n, "expected an integer 0..255, got " + JsonTokens.describe(p));
            }
            if (v < 0 || v > 255) {
                return fail(ctxt, n, p.getText() + " is out of range 0..255");
            }
            if (n == buf.length) {
                if (n > Integer.MAX_VALUE / 2 - 16) {
                    return fail(ctxt, n, "array too large");
                }
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = (byte) v;
        }
        return ImageBytes.of(buf, 0, n);
    }

    private ImageBytes fail(DeserializationContext ctxt, int index, String what) throws IOException {
        return (ImageBytes) ctxt.reportInputMismatch(this, "uint8 array item %d: %s", index, JsonTokens.cut(what));
    }

    private static String describe() {
        return "a uint8 image (ImageBytes)";
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Array;
    }

    /** An explicit JSON {@code null} is not image bytes: binding fails (schemas that admit null get a JsonValue). */
    @Override
    public ImageBytes getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return ctxt.reportInputMismatch(ImageBytes.class, "null is not %s", "a number array of image bytes");
    }

    /** An absent member is simply not set. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
