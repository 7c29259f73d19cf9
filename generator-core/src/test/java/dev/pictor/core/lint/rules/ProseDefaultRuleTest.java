package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProseDefaultRuleTest {

    private static final String PREFIX = "acme/m/2025-01-01.json:";

    @TempDir
    Path dir;

    @Test
    void reportsDefaultsStatedOnlyInProseOrContradicted() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "steps": {"type": "integer", "description": "Number of steps. Default: 4"},
                  "guidance": {"type": "number", "default": 5, "description": "Guidance; defaults to 7.5."},
                  "width": {"type": "integer", "description": "生成图像的宽度。需要为 64 的倍数。默认值:768。"},
                  "scheduler": {"type": "string", "description": "选择一个调度程序。默认值:“DPMSolverMultistep”。"}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "11:12: warning: description.prose-default: #/input/properties/steps: the description states default 4 but the schema"
                                + " has no default (hint: add the default with a refinement; the published schema"
                                + " stays verbatim)",
                        PREFIX
                                + "12:15: warning: description.prose-default: #/input/properties/guidance: the description states default 7.5 but the"
                                + " schema's default is 5 (hint: check which default the provider applies and"
                                + " correct the schema with a refinement; the published schema stays"
                                + " verbatim)",
                        PREFIX
                                + "13:12: warning: description.prose-default: #/input/properties/width: the description states default 768 but the"
                                + " schema has no default (hint: add the default with a refinement; the published"
                                + " schema stays verbatim)",
                        PREFIX
                                + "14:16: warning: description.prose-default: #/input/properties/scheduler: the description states default"
                                + " \"DPMSolverMultistep\" but the schema has no default (hint: add the"
                                + " default with a refinement; the published schema stays verbatim)"),
                root.lintText(new ProseDefaultRule()));
    }

    @Test
    void acceptsMatchingDefaultsAndProseThatStatesNone() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "steps": {"type": "integer", "default": 4, "description": "Defaults to 4."},
                  "guidance": {"type": "number", "default": 7.50, "description": "默认值:7.5。"},
                  "scheduler": {"type": "string", "default": "DDIM", "description": "The scheduler (default 'DDIM')"},
                  "size": {"type": "string", "description": "By default, the model picks the default 1024px size"},
                  "seed": {"type": "integer", "description": "If None, a random seed is generated"}
                }}""");
        assertEquals(List.of(), root.lintText(new ProseDefaultRule()));
    }
}
