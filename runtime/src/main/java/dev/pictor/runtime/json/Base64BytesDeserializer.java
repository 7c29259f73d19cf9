package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;

/**
 * Reads a base64 JSON string into an {@link ImageBytes}: the standard alphabet of RFC 4648 section 4 (not the
 * URL-safe one), padding optional. Anything but a string (a number array, a number, an object) fails with a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}, and so does a string that is not base64.
 * A data URI ({@code data:image/png;base64,...}) is not base64: a field that carries one is a
 * {@link dev.pictor.runtime.DataUri}.
 *
 * <p>Generated code: {@code @JsonDeserialize(using = Base64BytesDeserializer.class)} (or {@code contentUsing}).
 */
public final class Base64BytesDeserializer extends StdDeserializer<ImageBytes> {

    private static final long serialVersionUID = 1L;

    static final Base64Variant VARIANT =
            Base64BytesSerializer.VARIANT.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

    public Base64BytesDeserializer() {
        super(ImageBytes.class);
    }

    @Override
    public ImageBytes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_EMBEDDED_OBJECT) {
            return (ImageBytes) ctxt.reportInputMismatch(
                    this, "Expected a base64 string for an image (ImageBytes), got %s", JsonTokens.describe(p));
        }
        byte[] bytes;
        try {
            bytes = p.getBinaryValue(VARIANT);
        } catch (StreamReadException e) {
            // The parser is unusable after a failed incremental decode: do not read the text again.
            return (ImageBytes) ctxt.reportInputMismatch(
                    this,
                    "Invalid base64 for an image (ImageBytes; standard alphabet, not a data URI): %s",
                    e.getOriginalMessage());
        }
        return ImageBytes.of(bytes);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Binary;
    }

    /** An explicit JSON {@code null} is not image bytes: binding fails (schemas that admit null get a JsonValue). */
    @Override
    public ImageBytes getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return ctxt.reportInputMismatch(ImageBytes.class, "null is not %s", "a base64 string of image bytes");
    }

    /** An absent member is simply not set. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
