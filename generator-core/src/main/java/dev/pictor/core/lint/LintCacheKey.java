package dev.pictor.core.lint;

import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of one model document's entry in the {@link LintCache}: a SHA-256 of everything the findings of the
 * per-document rules on it depend on. The document as loaded (every value and where it was written, so a finding's
 * line and column are those of the file), its provider document, every shared schema of the root (which a reference
 * may reach), the root's URI mappings and lint configuration, the rules that run and the code that runs them.
 */
final class LintCacheKey {

    private final MessageDigest digest;

    private LintCacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The key of {@code model}'s entry, as a lower-case hexadecimal string. */
    static String of(ModelDocument model, SchemaSet schemas, List<String> rules, String stamp) {
        LintCacheKey key = new LintCacheKey();
        key.text(LintCache.FORMAT);
        key.text(stamp);
        key.text(String.join(",", rules));
        key.text(model.file());
        key.node(model.node());
        schemas.provider(model.provider())
                .ifPresentOrElse(
                        p -> {
                            key.text(p.file());
                            key.node(p.node());
                        },
                        () -> key.text("no provider"));
        Map<String, LocatedNode> fragments = new TreeMap<>(schemas.fragments());
        key.text("fragments " + fragments.size());
        fragments.forEach((file, node) -> {
            key.text(file);
            key.node(node);
        });
        key.text(new TreeMap<>(schemas.uris().mappings()).toString());
        key.text(schemas.lintRules().toString());
        return HexFormat.of().formatHex(key.digest.digest());
    }

    /** A text, length first, so that no two sequences of texts feed the same bytes. */
    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
    }

    private void number(long n) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (n >>> shift));
        }
    }

    private void location(SourceLocation location) {
        text(location.file());
        number(location.line());
        number(location.column());
    }

    /** A node: its kind, where it was written, its pointer and its value, members and items in their order. */
    private void node(LocatedNode node) {
        location(node.location());
        text(node.pointer());
        if (node instanceof LocatedObject object) {
            text("{" + object.members().size());
            for (Member member : object.members()) {
                text(member.name());
                location(member.nameLocation());
                node(member.value());
            }
        } else if (node instanceof LocatedArray array) {
            text("[" + array.items().size());
            array.items().forEach(this::node);
        } else if (node instanceof LocatedString string) {
            text("\"");
            text(string.value());
        } else if (node instanceof LocatedNumber number) {
            text("0");
            text(number.literal());
        } else if (node instanceof LocatedBoolean bool) {
            text(bool.value() ? "true" : "false");
        } else if (node instanceof LocatedNull) {
            text("null");
        }
    }
}
