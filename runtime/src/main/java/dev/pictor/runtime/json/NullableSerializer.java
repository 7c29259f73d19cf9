package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pictor.runtime.Nullable;
import java.io.IOException;

/**
 * Writes a {@link Nullable} (named on the class; Jackson's, not for direct use): {@code null} as JSON {@code null}, a
 * value as Jackson writes that value. An unset one is "empty", so a component annotated
 * {@code @JsonInclude(NON_EMPTY)} leaves it out; anywhere else it has no JSON form and writing it fails, rather than
 * sending a {@code null} no one asked for.
 */
public final class NullableSerializer extends StdSerializer<Nullable<?>> {
    private static final long serialVersionUID = 1L;

    /** The form Jackson instantiates. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public NullableSerializer() {
        super((Class<Nullable<?>>) (Class) Nullable.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Nullable<?> value) {
        return value == null || !value.isSet();
    }

    @Override
    public void serialize(Nullable<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (!value.isSet()) {
            throw JsonMappingException.from(
                    provider, "an unset Nullable has no JSON form: leave the member out (@JsonInclude(NON_EMPTY))");
        }
        if (value.isNull()) {
            gen.writeNull();
        } else {
            provider.defaultSerializeValue(value.value(), gen);
        }
    }
}
