package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What a schema says for people: its title, description and default; the generator writes it into Javadoc. */
public record Docs(
        Optional<String> title, Optional<String> description, Optional<JsonNode> defaultValue, boolean deprecated) {

    public static final Docs NONE = new Docs(Optional.empty(), Optional.empty(), Optional.empty(), false);
}
