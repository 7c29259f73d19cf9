/**
 * JSON with locations, the form the load stage reads every document into: {@link LocatedJsonReader} reads with
 * Jackson's streaming parser into a {@link LocatedNode} tree in which every value keeps its file, line, column and
 * JSON Pointer ({@link JsonPointer}). Malformed JSON, duplicate member names and too deep nesting become located
 * diagnostics, not exceptions.
 */
package dev.pictor.core.json;
