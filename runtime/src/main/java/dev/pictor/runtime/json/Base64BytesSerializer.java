package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;

/**
 * Writes an {@link ImageBytes} as a base64 JSON string: the standard alphabet of RFC 4648 section 4, with padding
 * and without line breaks ({@code "iVBORw0KGgo="}), whatever base64 variant an application configured.
 *
 * <p>Generated code: {@code @JsonSerialize(using = Base64BytesSerializer.class)} (or {@code contentUsing}), together
 * with {@code @JsonDeserialize(using = Base64BytesDeserializer.class)}.
 */
public final class Base64BytesSerializer extends StdSerializer<ImageBytes> {

    private static final long serialVersionUID = 1L;

    /** The variant written: standard alphabet, padded, no line feeds. */
    static final Base64Variant VARIANT = Base64Variants.MIME_NO_LINEFEEDS;

    public Base64BytesSerializer() {
        super(ImageBytes.class);
    }

    @Override
    public void serialize(ImageBytes value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeBinary(VARIANT, ImageArrays.array(value), 0, value.size());
    }
}
