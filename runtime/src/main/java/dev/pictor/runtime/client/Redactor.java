package dev.pictor.runtime.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Removes every credential a client holds from text a provider sent back, before it is quoted anywhere. */
final class Redactor {

    static final String MARK = "[redacted]";

    private final Set<String> values = ConcurrentHashMap.newKeySet();

    void add(Secret secret) {
        if (secret != null) {
            values.add(secret.reveal());
        }
    }

    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String v : values) {
            if (out.contains(v)) {
                out = out.replace(v, MARK);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Redactor[" + values.size() + " credentials]";
    }
}
