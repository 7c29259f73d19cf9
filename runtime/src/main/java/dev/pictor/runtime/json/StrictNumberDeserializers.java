package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number deserializers that bind JSON numbers only, by JSON Schema's rules: an integer target takes an integer
 * ({@code 7}) or a number with a zero fraction ({@code 7.0}, {@code 7e0}) within its range, and refuses a fraction
 * ({@code 7.5}), a value out of range, a string ({@code "7"}), a boolean or anything else. A floating-point target
 * takes any JSON number whose value is finite as a {@code double} (or {@code float}), and refuses strings, including
 * {@code "NaN"} and {@code "Infinity"}, which Jackson's own deserializers accept even with coercion disabled.
 */
final class StrictNumberDeserializers {

    /** Largest number of integer digits a {@link BigInteger} is built with from an exponent ({@code 1e1000}). */
    private static final int MAX_INTEGER_DIGITS = 1000;

    private StrictNumberDeserializers() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("pictor-strict-numbers");
        m.addDeserializer(Integer.class, new IntegerDeser(false));
        m.addDeserializer(int.class, new IntegerDeser(true));
        m.addDeserializer(Long.class, new LongDeser(false));
        m.addDeserializer(long.class, new LongDeser(true));
        m.addDeserializer(BigInteger.class, new BigIntegerDeser());
        m.addDeserializer(Double.class, new DoubleDeser(false));
        m.addDeserializer(double.class, new DoubleDeser(true));
        m.addDeserializer(Float.class, new FloatDeser(false));
        m.addDeserializer(float.class, new FloatDeser(true));
        m.addDeserializer(BigDecimal.class, new BigDecimalDeser());
        return m;
    }

    /** Common null handling: a wrapper binds {@code null}; a primitive fails (FAIL_ON_NULL_FOR_PRIMITIVES) or is 0. */
    private abstract static class Base<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final boolean primitive;
        private final T zero;
        private final String typeName;

        Base(Class<T> type, boolean primitive, T zero, String typeName) {
            super(type);
            this.primitive = primitive;
            this.zero = zero;
            this.typeName = typeName;
        }

        @Override
        public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return fromNumber(p, ctxt, t == JsonToken.VALUE_NUMBER_INT);
            }
            return fail(ctxt, "expected " + expected() + ", got " + JsonTokens.describe(p));
        }

        abstract T fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException;

        String expected() {
            return "a JSON number";
        }

        @SuppressWarnings("unchecked")
        final T fail(DeserializationContext ctxt, String why) throws IOException {
            return (T) ctxt.reportInputMismatch(this, "Cannot bind to %s: %s", typeName, why);
        }

        @Override
        public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (primitive && ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
                ctxt.reportInputMismatch(this, "Cannot bind to %s: null (or no value) for a primitive", typeName);
            }
            return primitive ? zero : null;
        }

        @Override
        public final AccessPattern getNullAccessPattern() {
            return primitive ? AccessPattern.DYNAMIC : AccessPattern.ALWAYS_NULL;
        }
    }

    private abstract static class IntegralBase<T> extends Base<T> {
        private static final long serialVersionUID = 1L;

        IntegralBase(Class<T> type, boolean primitive, T zero, String typeName) {
            super(type, primitive, zero, typeName);
        }

        @Override
        String expected() {
            return "an integer";
        }

        @Override
        public final LogicalType logicalType() {
            return LogicalType.Integer;
        }

        /** The value of a float token with a zero fraction, or a failure naming the fraction. */
        final BigDecimal integralDecimal(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal d = p.getDecimalValue();
            if (!Numbers.isIntegral(d)) {
                fail(ctxt, JsonTokens.cut(p.getText()) + " is not an integer");
            }
            return d;
        }

        final T outOfRange(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fail(ctxt, JsonTokens.cut(p.getText()) + " is out of range");
        }
    }

    private static final class IntegerDeser extends IntegralBase<Integer> {
        private static final long serialVersionUID = 1L;
        private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

        IntegerDeser(boolean primitive) {
            super(Integer.class, primitive, 0, primitive ? "int" : "Integer");
        }

        @Override
        Integer fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            if (integer) {
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                return outOfRange(p, ctxt);
            }
            BigDecimal d = integralDecimal(p, ctxt);
            if (d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0) {
                return d.intValue();
            }
            return outOfRange(p, ctxt);
        }
    }

    private static final class LongDeser extends IntegralBase<Long> {
        private static final long serialVersionUID = 1L;
        private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
        private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

        LongDeser(boolean primitive) {
            super(Long.class, primitive, 0L, primitive ? "long" : "Long");
        }

        @Override
        Long fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            if (integer) {
                JsonParser.NumberType nt = p.getNumberType();
                if (nt == JsonParser.NumberType.INT || nt == JsonParser.NumberType.LONG) {
                    return p.getLongValue();
                }
                return outOfRange(p, ctxt);
            }
            BigDecimal d = integralDecimal(p, ctxt);
            if (d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0) {
                return d.longValue();
            }
            return outOfRange(p, ctxt);
        }
    }

    private static final class BigIntegerDeser extends IntegralBase<BigInteger> {
        private static final long serialVersionUID = 1L;

        BigIntegerDeser() {
            super(BigInteger.class, false, BigInteger.ZERO, "BigInteger");
        }

        @Override
        BigInteger fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            if (integer) {
                return p.getBigIntegerValue();
            }
            BigDecimal d = integralDecimal(p, ctxt);
            // 1e999999999 is an integer, but not one to build: refuse more digits than a JSON integer may have.
            if ((long) d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
                return outOfRange(p, ctxt);
            }
            return d.toBigIntegerExact();
        }
    }

    private abstract static class FloatingBase<T> extends Base<T> {
        private static final long serialVersionUID = 1L;

        FloatingBase(Class<T> type, boolean primitive, T zero, String typeName) {
            super(type, primitive, zero, typeName);
        }

        @Override
        public final LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    private static final class DoubleDeser extends FloatingBase<Double> {
        private static final long serialVersionUID = 1L;

        DoubleDeser(boolean primitive) {
            super(Double.class, primitive, 0.0, primitive ? "double" : "Double");
        }

        @Override
        Double fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            double d = p.getDoubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            return fail(ctxt, JsonTokens.cut(p.getText()) + " is out of range");
        }
    }

    private static final class FloatDeser extends FloatingBase<Float> {
        private static final long serialVersionUID = 1L;

        FloatDeser(boolean primitive) {
            super(Float.class, primitive, 0.0f, primitive ? "float" : "Float");
        }

        @Override
        Float fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            double d = p.getDoubleValue();
            if (Double.isFinite(d) && Math.abs(d) <= Float.MAX_VALUE) {
                return (float) d;
            }
            return fail(ctxt, JsonTokens.cut(p.getText()) + " is out of range");
        }
    }

    private static final class BigDecimalDeser extends FloatingBase<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BigDecimalDeser() {
            super(BigDecimal.class, false, BigDecimal.ZERO, "BigDecimal");
        }

        @Override
        BigDecimal fromNumber(JsonParser p, DeserializationContext ctxt, boolean integer) throws IOException {
            return p.getDecimalValue();
        }
    }
}
