package dev.pictor.core.model;

/** A {@code {name}} in a provider's base URL and the environment variable its value comes from. */
public record Placeholder(String name, String env, String description) {}
