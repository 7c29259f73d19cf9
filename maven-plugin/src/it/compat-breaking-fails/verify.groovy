// check-compat failed the build on the unacknowledged narrowing: the finding names the rule, the newer document with
// line and column, the pointer of the changed keyword, and the older document it was compared with.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pictor check-compat: compared @acme/painter 2025-01-01 -> 2025-06-01')
def finding = log.readLines().find { it.startsWith('[ERROR] /') && it.contains(': error: compat.range-narrowed: ') }
assert finding != null : log
assert finding =~ /^\[ERROR\] \/\S*\/acme\/painter\/2025-06-01\.json:\d+:\d+: error: compat\.range-narrowed: #\/input\/properties\/steps\/maximum: /
assert new File(finding.substring(8, finding.indexOf('.json:') + 5)).isFile() : finding
assert finding.contains('[before: acme/painter/2025-01-01.json:')
assert log.contains('Pictor check-compat: 1 model compared: 1 error, 0 warnings, 0 notes')
assert log.contains('BUILD FAILURE')
