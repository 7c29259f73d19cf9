// A wrong schemas directory is a user mistake: one line that names the folder, no stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /schemas root .*no-such-folder does not exist/
assert !log.contains('SchemaRootException')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert log.contains('BUILD FAILURE')
