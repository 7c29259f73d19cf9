package dev.pictor.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java -cp benchmarks.jar dev.pictor.benchmarks.Jsonschema2pojoMain OUT FILE_OR_FOLDER...}: jsonschema2pojo-core
 * on catalog files (a folder: every {@code .json} file under it, sorted) in one cold process, for {@code
 * benchmarks/cold-vs-jsonschema2pojo.sh}.
 */
public final class Jsonschema2pojoMain {

    private Jsonschema2pojoMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Jsonschema2pojoMain OUT FILE_OR_FOLDER...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path arg = Path.of(args[i]);
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(arg);
            }
        }
        List<String> failed = new ArrayList<>();
        int schemas = Jsonschema2pojoRun.generate(files, Path.of(args[0]), failed);
        System.out.println("jsonschema2pojo: " + schemas + " schemas into " + args[0] + ", " + failed.size()
                + " refused" + (failed.isEmpty() ? "" : " (first: " + failed.get(0) + ")"));
    }
}
