/**
 * JSON and YAML with locations, the form every document is read into: {@link LocatedJsonReader} reads JSON with
 * Jackson's streaming parser into a {@link LocatedNode} tree in which every value keeps its file, line, column and
 * JSON Pointer ({@link JsonPointer}); {@link LocatedYamlReader} builds the same tree from YAML through the same
 * builder, and {@link LocatedDocumentReader} picks one by the file's name. Malformed input, bytes that are not UTF-8,
 * duplicate member names, too deep nesting, numbers too long or too large to expand, and YAML that stands for no JSON
 * value become located diagnostics, not exceptions.
 */
package dev.pictor.core.json;
