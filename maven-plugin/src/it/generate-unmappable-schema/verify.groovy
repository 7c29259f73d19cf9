// The second build failed with the located diagnostic of the generator, and said that nothing was written.
def log = new File(basedir, 'build.log').text
// A finding line starts with the absolute path of its file: PATH:LINE:COL: SEVERITY: CODE: ...
def pathOf = { String line -> new File(line.substring(line.indexOf('] ') + 2, line.indexOf('.json:') + 5)) }
def finding = log.readLines().find { it.startsWith('[ERROR] /') && it.contains('/acme/painter/2025-01-01.json:46:20: error: generate.name-collision: #/input/properties/num_steps: "num_steps" and "numSteps" (acme/painter/2025-01-01.json:42:19) both become the member numSteps of PainterRequest') }
assert finding != null : log
assert pathOf(finding).isAbsolute() && pathOf(finding).isFile() : finding
assert log =~ /Pictor generate failed: 1 error, \d+ warnings? \(findings above; schemas in .*\); nothing was written/
assert log.contains('BUILD FAILURE')

// The first build's output is complete and untouched: no trace of the broken schema, no temporary file.
def out = new File(basedir, 'target/generated-sources/pictor')
def request = new File(out, 'dev/pictor/generated/acme/painter/v2025_01_01/PainterRequest.java')
assert request.isFile()
assert !request.text.contains('numSteps')
def listed = new File(out, '.pictor-generated').readLines().findAll { !it.startsWith('#') }
def present = []
out.eachFileRecurse(groovy.io.FileType.FILES) { present << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert present.sort() == (listed + ['.pictor-generated']).sort()
assert new File(basedir, 'target/generated-resources/pictor/META-INF/services/dev.pictor.runtime.ModelBinding').text
        .contains('dev.pictor.generated.acme.painter.v2025_01_01.PainterAdapter')
