package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.schema.JsonValues;
import java.util.List;
import java.util.Optional;

/**
 * How a value is written: {@code format}, {@code contentEncoding} and the media type ({@code contentMediaType}, or
 * Cloudflare's {@code contentType}). Any change is risky for either side; the encoding or media type of an output
 * value is more: readers decode it differently.
 */
final class FormatComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        CompatRule contentRule =
                out.side() == Side.OUTPUT ? CompatRule.OUTPUT_CONTENT_TYPE_CHANGED : CompatRule.FORMAT_CHANGED;
        compare(pair, List.of("format"), CompatRule.FORMAT_CHANGED, out);
        compare(pair, List.of("contentEncoding"), contentRule, out);
        // Cloudflare's contentType is the media type keyword under another name: one value, whichever is written.
        compare(pair, List.of("contentMediaType", "contentType"), contentRule, out);
    }

    /** Compares the first of {@code keywords} each schema writes. */
    private static void compare(PairedNodes pair, List<String> keywords, CompatRule rule, ChangeReport out) {
        Optional<Member> was = first(pair.older(), keywords);
        Optional<Member> now = first(pair.newer(), keywords);
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isPresent() && now.isPresent()) {
            if (!JsonValues.equal(was.get().value(), now.get().value())) {
                String shownNow = now.get().name().equals(was.get().name())
                        ? JsonValues.render(now.get().value())
                        : shown(now.get());
                out.changed(rule, pair, was.get().value(), now.get().value(), shown(was.get()) + " is now " + shownNow);
            }
        } else if (now.isPresent()) {
            out.added(rule, pair, now.get().value(), shown(now.get()) + " added");
        } else {
            out.removed(rule, pair, was.get().name(), was.get().value(), shown(was.get()) + " removed");
        }
    }

    private static Optional<Member> first(LocatedObject schema, List<String> keywords) {
        for (String k : keywords) {
            Optional<Member> m = schema.member(k);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static String shown(Member m) {
        return m.name() + " " + JsonValues.render(m.value());
    }
}
