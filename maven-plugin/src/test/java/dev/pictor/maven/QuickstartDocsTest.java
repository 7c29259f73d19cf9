package dev.pictor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The root README's quick start is the project {@code maven-plugin/src/it/quickstart} (built and run by the invoker):
 * each fenced block after a {@code <!-- file: PATH [region: NAME] -->} line is, byte for byte, that file or the lines
 * between its {@code <!-- region NAME -->} and {@code <!-- endregion NAME -->} lines (less their common indentation).
 * The BOM's written-out versions are the build's.
 */
class QuickstartDocsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path QUICKSTART = Path.of("src/it/quickstart");
    private static final Pattern BLOCK =
            Pattern.compile("<!-- file: (\\S+)(?: region: (\\S+))? -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

    @Test
    void readmeQuickStartShowsTheQuickstartProjectAsItIs() throws IOException {
        String readme = read(ROOT.resolve("README.md"));
        Matcher m = BLOCK.matcher(readme);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            String file = m.group(1);
            String region = m.group(2);
            String expected = read(ROOT.resolve(file));
            if (region != null) {
                expected = region(expected, region, file);
            }
            assertEquals(expected, m.group(3), "README.md's block of " + file + (region == null ? "" : " " + region));
            shown.add(file + (region == null ? "" : "#" + region));
        }
        assertEquals(
                List.of(
                        "maven-plugin/src/it/quickstart/pom.xml#dependencies",
                        "maven-plugin/src/it/quickstart/pom.xml#plugin",
                        "maven-plugin/src/it/quickstart/src/main/java/com/example/quickstart/Main.java",
                        "maven-plugin/src/it/quickstart/src/test/java/com/example/quickstart/MainTest.java"),
                shown);
    }

    @Test
    void bomAndQuickstartNameTheBuildsVersions() throws Exception {
        Document root = xml(ROOT.resolve("pom.xml"));
        String version = text(root.getDocumentElement(), "version");
        String jackson = text(element(root.getDocumentElement(), "properties"), "version.jackson");
        Element bomProperties = element(xml(ROOT.resolve("bom/pom.xml")).getDocumentElement(), "properties");
        assertEquals(version, text(bomProperties, "pictor.version"), "bom/pom.xml pictor.version");
        assertEquals(jackson, text(bomProperties, "pictor.jackson.version"), "bom/pom.xml pictor.jackson.version");

        String quickstart = read(QUICKSTART.resolve("pom.xml"));
        for (String artifact : List.of("pictor-bom", "pictor-maven-plugin")) {
            assertTrue(
                    quickstart.contains(
                            "<artifactId>" + artifact + "</artifactId>\n        <version>" + version + "</version>"),
                    "the quick start names " + artifact + " " + version);
        }
    }

    private static String region(String text, String name, String file) {
        String begin = "<!-- region " + name + " -->\n";
        String end = "<!-- endregion " + name + " -->";
        int start = text.indexOf(begin);
        int stop = text.indexOf(end);
        assertTrue(start >= 0 && stop > start, file + " has the region " + name);
        start += begin.length();
        String body = text.substring(start, text.lastIndexOf('\n', stop) + 1);
        int indent = Integer.MAX_VALUE;
        for (String line : body.split("\n", -1)) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : body.substring(0, body.length() - 1).split("\n", -1)) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element element(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                return (Element) node;
            }
        }
        throw new AssertionError(parent.getTagName() + " has no " + name);
    }

    private static String text(Element parent, String name) {
        return element(parent, name).getTextContent().trim();
    }
}
