package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;

/**
 * The codecs an {@link ImageBytes} gets when its property names none: both fail, saying which annotations to add.
 * An image has two wire forms (a number array or base64) and the schema, not the type, says which; so there is no
 * default. Named on {@code ImageBytes} itself; not for direct use.
 */
public final class UnannotatedImageBytes {

    static final String HOW = "an ImageBytes property needs its wire form: annotate it with"
            + " @JsonSerialize(using = UInt8ArraySerializer.class) and @JsonDeserialize(using ="
            + " UInt8ArrayDeserializer.class) for a JSON array of numbers 0..255, or with Base64BytesSerializer and"
            + " Base64BytesDeserializer for a base64 string (contentUsing for a list or map of images)";

    private UnannotatedImageBytes() {}

    /** Fails: the property has no codec annotation. */
    public static final class Serializer extends StdSerializer<ImageBytes> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(ImageBytes.class);
        }

        @Override
        public void serialize(ImageBytes value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.reportMappingProblem("Cannot write %s: %s", value, HOW);
        }
    }

    /** Fails: the property has no codec annotation. */
    public static final class Deserializer extends StdDeserializer<ImageBytes> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(ImageBytes.class);
        }

        @Override
        public ImageBytes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return (ImageBytes) ctxt.reportBadDefinition(ctxt.constructType(ImageBytes.class), "Cannot read: " + HOW);
        }
    }
}
