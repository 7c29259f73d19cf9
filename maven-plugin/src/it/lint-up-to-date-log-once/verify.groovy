// Two builds (invoker.properties), one log.
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')
def builds = log.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 2 : log
builds.each { assert it.contains('BUILD SUCCESS') : it }

// 1. lint lints and logs the WARNING, counts the NOTE and says how to list it; generate generates.
assert builds[0].contains('[INFO] Pictor lint: 1 model, 1 provider: 0 errors, 1 warning, 1 note (schemas in ')
assert builds[0].contains('; notes listed with -Dpictor.showNotes)')
assert builds[0] =~ /\[INFO\] Pictor: generated 1 model: /

// 2. no change: lint is up to date and says what the findings were, generate is up to date.
assert builds[1] =~ /\[INFO\] Pictor lint: up to date \(fingerprint [0-9a-f]{12}\) in \d+ ms: 1 model, 1 provider: 0 errors, 1 warning, 1 note; the findings are in .*lint\.sarif/
assert builds[1] =~ /\[INFO\] Pictor: up to date \(fingerprint [0-9a-f]{12}\) in \d+ ms/

// Across both goals and both builds, each finding line appears once: the WARNING exactly once (lint's, in the first
// build), and the NOTE not at all.
def findings = log.readLines().findAll { it =~ /\[(ERROR|WARNING|INFO)\] \/\S+:\d+:\d+: (error|warning|note): [a-z]+\.[a-z-]+: / }
assert findings.size() == findings.toSet().size() : findings.join('\n')
assert findings.size() == 1 : findings.join('\n')
assert findings[0].startsWith('[WARNING] /') : findings[0]
assert findings[0].contains('/acme/provider.json:8:15: warning: provider.placeholder-unused: #/placeholders/region: ')
assert new File(findings[0].substring(10, findings[0].indexOf('.json:') + 5)).isFile() : findings[0]
assert !log.contains('note: description.prose-range')

// The findings are all in the SARIF report, the NOTE too.
def sarif = new File(basedir, 'target/pictor/lint.sarif').text
assert sarif.contains('"ruleId": "provider.placeholder-unused"') && sarif.contains('"ruleId": "description.prose-range"')
assert new File(basedir, 'target/pictor/default/lint.fingerprint').isFile()
