// pictor:help -Ddetail listed every goal, each with its description and its parameters with their properties.
def log = new File(basedir, 'build.log').text
assert log =~ /--- pictor-maven-plugin:[^:]+:help \(default-cli\) @ help-goal ---/ : log
['pictor:lint', 'pictor:generate', 'pictor:check-compat', 'pictor:help'].each { goal ->
    assert log =~ /(?m)^$goal$/ : "$goal is not listed:\n$log"
}
assert log.contains('Lints the provider schemas')
// Parameters, with their user properties: a shared one, each goal's own skip, a goal's own parameter.
assert log.contains('schemasDirectory (Default: ${project.basedir}/src/main/pictor)')
['pictor.skip', 'pictor.lint.skip', 'pictor.generate.skip', 'pictor.checkCompat.skip', 'pictor.basePackage'].each {
    assert log.contains("User property: $it") : "$it is not listed:\n$log"
}
assert log.contains('BUILD SUCCESS')
