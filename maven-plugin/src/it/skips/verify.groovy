// Four builds (invoker.properties), one log: each build's part starts where Maven starts scanning for projects.
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 4 : log
builds.each { assert it.contains('BUILD SUCCESS') && !it.contains('[ERROR]') : it }

// What each goal logs when it does its work (lint is up to date in the third build: the first linted the same files).
def linted = /Pictor lint: (2 models, 1 provider: |up to date )/
def generated = /\[INFO\] Pictor: (generated 2 models|up to date)/
def compared = /Pictor check-compat: compared @acme\/painter 2025-01-01 -> 2025-06-01/
def skipped = { String goal, String property -> "[INFO] Pictor $goal: skipping ($property is set)" }

// 1. check-compat skipped: it says so and compares nothing; the other goals work.
assert builds[0].contains(skipped('check-compat', 'pictor.checkCompat.skip'))
assert !(builds[0] =~ compared)
assert builds[0] =~ linted
assert builds[0] =~ /\[INFO\] Pictor: generated 2 models: /

// 2. lint skipped: it says so and lints nothing; the other goals work.
assert builds[1].contains(skipped('lint', 'pictor.lint.skip'))
assert !(builds[1] =~ linted)
assert builds[1] =~ /\[INFO\] Pictor: up to date /
assert builds[1] =~ compared

// 3. generate skipped after target/classes was deleted: it says so and neither generates nor checks anything, yet
// the project's class and the generated ones compiled again from the generated folder.
assert builds[2].contains(skipped('generate', 'pictor.generate.skip'))
assert !(builds[2] =~ generated)
assert builds[2] =~ linted
assert builds[2] =~ compared
assert builds[2] =~ /Compiling \d+ source files/

// 4. pictor.skip: every goal skipped, and the project compiled all the same.
['lint', 'generate', 'check-compat'].each { assert builds[3].contains(skipped(it, 'pictor.skip')) }
assert !(builds[3] =~ linted) && !(builds[3] =~ generated) && !(builds[3] =~ compared)
assert builds[3] =~ /Compiling \d+ source files/

// The jar of the last build holds the project's class, the generated classes and the generated service registration.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/skips-1.0.jar'))
assert jar.getEntry('it/Painting.class') != null
assert jar.getEntry('com/example/clients/acme/painter/v2025_06_01/PainterRequest.class') != null
assert jar.getEntry('META-INF/services/dev.pictor.runtime.ModelBinding') != null
jar.close()
true
