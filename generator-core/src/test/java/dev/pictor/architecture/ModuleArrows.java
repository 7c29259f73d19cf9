package dev.pictor.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The arrows between Pictor's modules, read from a repository checkout: which module's pom depends on which other
 * module (any scope), and which of Pictor's top-level packages each module's main sources import. ARCHITECTURE.md
 * states the arrows that must never exist; {@link #violations} finds them.
 */
final class ModuleArrows {

    private static final String GROUP = "dev.pictor";
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

    /**
     * A rule: no arrow from the module in folder {@code from} ({@code *} for every module) to {@code to}, for the
     * reason {@code why}. {@code to} is a module folder when {@code onPackage} is false (a pom dependency of any
     * scope), else a package prefix that the module's main sources must not import.
     */
    record Forbidden(String from, String to, boolean onPackage, String why) {

        static Forbidden dependency(String from, String toModule, String why) {
            return new Forbidden(from, toModule, false, why);
        }

        static Forbidden imports(String from, String packagePrefix, String why) {
            return new Forbidden(from, packagePrefix, true, why);
        }
    }

    /** A module: its folder, artifact id, the artifact ids of Pictor modules it depends on, the names it imports. */
    record Module(String folder, String artifactId, Set<String> dependsOn, Set<String> imports) {}

    private final Map<String, Module> modules;

    private ModuleArrows(Map<String, Module> modules) {
        this.modules = modules;
    }

    /** Reads every module the root pom lists, in any profile. */
    static ModuleArrows read(Path repository) {
        Map<String, Module> modules = new TreeMap<>();
        for (String folder : moduleFolders(parse(repository.resolve("pom.xml")))) {
            Path dir = repository.resolve(folder);
            Element pom = parse(dir.resolve("pom.xml"));
            modules.put(folder, new Module(folder, text(pom, "artifactId"), pictorDependencies(pom), imports(dir)));
        }
        return new ModuleArrows(modules);
    }

    /** The modules read, by folder. */
    Map<String, Module> modules() {
        return modules;
    }

    /** Every arrow a rule forbids, one line each; a rule naming a module the root pom does not list is an error. */
    List<String> violations(List<Forbidden> rules) {
        List<String> found = new ArrayList<>();
        for (Forbidden rule : rules) {
            for (Module module : matching(rule.from())) {
                if (rule.onPackage()) {
                    for (String name : module.imports()) {
                        if (name.startsWith(rule.to() + ".") && !name.startsWith(ownPackage(module) + ".")) {
                            found.add(module.folder() + " imports " + name + ", but must not import " + rule.to() + ": "
                                    + rule.why());
                        }
                    }
                } else {
                    for (Module target : matching(rule.to())) {
                        if (target != module && module.dependsOn().contains(target.artifactId())) {
                            found.add(module.folder() + " depends on " + target.folder() + ": " + rule.why());
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<Module> matching(String folder) {
        if (folder.equals("*")) {
            return List.copyOf(modules.values());
        }
        Module module = modules.get(folder);
        if (module == null) {
            throw new IllegalStateException("a rule names the module " + folder + ", which the root pom does not list");
        }
        return List.of(module);
    }

    /** The package a module's own sources live in: imports of it are never an arrow. */
    private static String ownPackage(Module module) {
        return switch (module.folder()) {
            case "generator-core" -> "dev.pictor.core";
            case "maven-plugin" -> "dev.pictor.maven";
            case "generated-samples" -> "dev.pictor.samples";
            default -> "dev.pictor." + module.folder();
        };
    }

    private static Set<String> moduleFolders(Element root) {
        Set<String> folders = new TreeSet<>();
        List<Element> holders = new ArrayList<>(List.of(root));
        for (Element profiles : children(root, "profiles")) {
            for (Element profile : children(profiles, "profile")) {
                holders.add(profile);
            }
        }
        for (Element holder : holders) {
            for (Element list : children(holder, "modules")) {
                for (Element module : children(list, "module")) {
                    folders.add(module.getTextContent().trim());
                }
            }
        }
        return folders;
    }

    private static Set<String> pictorDependencies(Element pom) {
        Set<String> found = new TreeSet<>();
        for (Element dependencies : children(pom, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                if (GROUP.equals(text(dependency, "groupId"))) {
                    found.add(text(dependency, "artifactId"));
                }
            }
        }
        return found;
    }

    private static Set<String> imports(Path module) {
        Set<String> found = new TreeSet<>();
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(pom.toFile());
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
