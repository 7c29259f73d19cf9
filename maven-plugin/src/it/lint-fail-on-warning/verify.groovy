// A warning alone fails the build when failOnWarning is set; the warning is logged at warn level.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] \/\S*\/acme\/provider\.json:\d+:\d+: warning: provider\.placeholder-unused: /
assert log =~ /Pictor lint failed: 0 errors, [1-9]\d* warnings? and failOnWarning is set/
assert log.contains('BUILD FAILURE')
