// The build failed on the ERROR, and the log names the rule, the file with line and column, and the pointer.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ERROR range.min-above-max acme/painter/2025-01-01.json:14:17 #/input/properties/height: minimum 4096 > maximum 2048')
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
