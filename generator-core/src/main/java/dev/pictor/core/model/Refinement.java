package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.Optional;

/**
 * What is known beyond the published schema: set {@code value} at {@code path} (or remove what is there), because
 * {@code why}.
 *
 * @param value empty for a removal
 */
public record Refinement(LocatedObject node, String path, Optional<LocatedNode> value, String why) {}
