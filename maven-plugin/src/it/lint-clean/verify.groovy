// Clean schemas pass; the rule override turned the unused placeholder into a NOTE, which is counted, and listed (at
// info level) only in the second build, which asked for the notes with -Dpictor.showNotes.
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 2 : log
builds.each {
    assert it =~ /Pictor lint: 1 model, 1 provider: 0 errors, 0 warnings, 1 note \(schemas in /
    assert !it.contains('[ERROR]') && it.contains('BUILD SUCCESS')
}
assert !builds[0].contains('note: provider.placeholder-unused')
assert builds[0].contains('; notes listed with -Dpictor.showNotes)')
assert builds[1] =~ /\[INFO\] \/\S*\/acme\/provider\.json:\d+:\d+: note: provider\.placeholder-unused: /
assert !builds[1].contains('notes listed with')

// The SARIF report is written even when nothing fails.
assert new File(basedir, 'target/pictor/lint.sarif').text.contains('"ruleId": "provider.placeholder-unused"')
