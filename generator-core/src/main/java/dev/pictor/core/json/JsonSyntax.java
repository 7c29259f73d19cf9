package dev.pictor.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.SourceLocation;
import java.io.IOException;

/** JSON as Jackson's JSON parser reads it. */
final class JsonSyntax implements Syntax {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LocatedJsonReader.CONSTRAINTS)
            .build();

    private final Diagnostics diagnostics;

    JsonSyntax(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public String code() {
        return "json";
    }

    @Override
    public JsonParser open(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    @Override
    public String hint() {
        return "fix the JSON syntax at this position";
    }

    @Override
    public LocatedNode scalar(JsonParser parser, SourceLocation at, String pointer) throws IOException {
        return LocatedJsonReader.jsonScalar(parser, at, pointer, code(), diagnostics);
    }
}
