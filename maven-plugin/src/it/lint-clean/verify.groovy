// Clean schemas pass; the rule override turned the unused placeholder into a NOTE, logged at info level.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] NOTE provider.placeholder-unused acme/provider.json:')
assert log =~ /Pictor lint: 1 model, 1 provider: 0 errors, \d+ warnings?, [1-9]\d* notes? \(schemas in /
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

// The SARIF report is written even when nothing fails.
assert new File(basedir, 'target/pictor/lint.sarif').text.contains('"ruleId": "provider.placeholder-unused"')
