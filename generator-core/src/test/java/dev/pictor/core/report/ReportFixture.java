package dev.pictor.core.report;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.rules.RangeOrderRule;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;

/** A small root with findings of all three severities' sources: a rule error, a loader error and a loader warning. */
final class ReportFixture {

    private ReportFixture() {}

    static LintResult lint(Path dir) {
        return root(dir).lintResult(new RangeOrderRule());
    }

    static TestRoot root(Path dir) {
        return TestRoot.create(dir)
                .write("other/provider.json", """
                        {"provider": "other", "name": "Other", "transport": "cloudflare-workers-ai",
                         "baseUrl": "https://api.other.test/v1",
                         "placeholders": {"account_id": {"env": "OTHER_ACCOUNT", "description": "the account"}},
                         "auth": {"scheme": "bearer", "tokenEnv": "OTHER_TOKEN"},
                         "vendorKeywords": [], "source": "test"}
                        """)
                .model("m", """
                        {"type": "object", "properties": {
                          "height": {"type": "integer", "minimum": 4096, "maximum": 2048}
                        }}""")
                .write("acme/bad name \u00e9.json", "{\"provider\": \"acme\",\n  \"model\": }\n");
    }
}
