// The same narrowing, acknowledged in the newer document: a NOTE, and the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pictor check-compat: compared @acme/painter 2025-01-01 -> 2025-06-01')
assert log.contains('Pictor check-compat: 1 model compared: 0 errors, 0 warnings, 1 note')
// ... the acknowledgement was used (no warning that it matches nothing), and nothing was logged as an error.
assert !log.contains('compat.acknowledgement-unused')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
