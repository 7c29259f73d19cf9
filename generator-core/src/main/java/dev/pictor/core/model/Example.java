package dev.pictor.core.model;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;

/** A request from a provider's page or a test, declared valid or invalid against the refined input schema. */
public record Example(LocatedObject node, String name, LocatedNode input, boolean valid, String why) {}
