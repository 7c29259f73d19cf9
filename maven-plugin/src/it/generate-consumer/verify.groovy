// Two builds of the same project: the first generates and compiles, the second finds nothing to do.
def log = new File(basedir, 'build.log').text
def first = log =~ /\[INFO\] Pictor: generated 1 model: (\d+) files? written, (\d+) unchanged, (\d+) deleted in \d+ ms/
assert first.size() == 1 : log
assert first[0][1].toInteger() > 0 && first[0][2] == '0' && first[0][3] == '0'
// The second build compares fingerprints and skips generation altogether.
def second = log =~ /\[INFO\] Pictor: up to date \(fingerprint [0-9a-f]{12}\) in \d+ ms/
assert second.size() == 1 : log
assert log.indexOf(first[0][0]) < log.indexOf(second[0])
// ... so the compiler of the second build finds nothing to recompile.
assert log.indexOf('Nothing to compile - all classes are up to date', log.indexOf(second[0])) > 0
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('[ERROR]')

// The generated sources are a source root, the registration is a resource: both ended up in the jar, the manifest
// of generated files did not.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/generate-consumer-1.0.jar'))
assert jar.getEntry('com/example/clients/acme/painter/v2025_01_01/PainterAdapter.class') != null
assert jar.getEntry('META-INF/services/dev.pictor.runtime.ModelBinding') != null
assert jar.getEntry('.pictor-generated') == null
jar.close()
assert new File(basedir, 'target/generated-sources/pictor/.pictor-generated').isFile()
