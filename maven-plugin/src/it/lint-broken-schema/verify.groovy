// The build failed on the ERROR, and the log names the rule, the file with line and column, and the pointer.
def log = new File(basedir, 'build.log').text
// A finding line starts with the absolute path of its file: PATH:LINE:COL: SEVERITY: CODE: ...
def pathOf = { String line -> new File(line.substring(line.indexOf('] ') + 2, line.indexOf('.json:') + 5)) }
def finding = log.readLines().find { it.startsWith('[ERROR] /') && it.contains('/acme/painter/2025-01-01.json:14:17: error: range.min-above-max: #/input/properties/height: minimum 4096 > maximum 2048') }
assert finding != null : log
assert pathOf(finding).isAbsolute() && pathOf(finding).isFile() : finding
assert log.contains('Pictor lint: 1 model, 1 provider: ')
assert log =~ /Pictor lint failed: [1-9]\d* errors?, /
assert log.contains('BUILD FAILURE')

// The SARIF report was written before the build failed, atomically (no temporary file left beside it).
def sarifDir = new File(basedir, 'target/pictor')
assert sarifDir.list().toList() == ['lint.sarif']
def sarif = new groovy.json.JsonSlurper().parse(new File(sarifDir, 'lint.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'range.min-above-max' }
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'acme/painter/2025-01-01.json'
assert location.region.startLine == 14 && location.region.startColumn == 17
