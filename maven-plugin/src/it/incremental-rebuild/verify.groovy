// Three builds (invoker.properties); target/snapshot-N holds the output after build N with its modification times.
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')

// 1 and 3 generate, 2 is up to date; in that order.
def generated = (log =~ /\[INFO\] Pictor: generated (\d+) models?: (\d+) files? written, (\d+) unchanged, (\d+) deleted in \d+ ms/).collect { it }
def upToDate = (log =~ /\[INFO\] Pictor: up to date \(fingerprint [0-9a-f]{12}\) in \d+ ms/).collect { it }
assert generated.size() == 2 : log
assert upToDate.size() == 1 : log
assert log.indexOf(generated[0][0]) < log.indexOf(upToDate[0]) && log.indexOf(upToDate[0]) < log.indexOf(generated[1][0])
def (first, third) = generated
assert first[1] == '3' && first[3] == '0' && first[4] == '0'
assert third[1] == '3' && third[2].toInteger() > 0 && third[3].toInteger() > 0 && third[4].toInteger() > 0

// Relative path -> [modification time, bytes] of every file in a snapshot.
def snapshot = { int n ->
    def root = new File(basedir, "target/snapshot-$n")
    def files = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) {
        files[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = [it.lastModified(), it.bytes]
    }
    assert !files.isEmpty()
    files
}
def s1 = snapshot(1), s2 = snapshot(2), s3 = snapshot(3)
def base = 'generated-sources/pictor/com/example/it/acme/'

// 2: a no-change rebuild wrote nothing: the same files, each with the same modification time.
assert s2.keySet() == s1.keySet()
s1.each { path, file -> assert s2[path][0] == file[0] : "$path was rewritten by the no-change build" }

// 3: the removed model's files are gone, and only they; the added model's files appeared, and only they.
def gone = s2.keySet() - s3.keySet()
def added = s3.keySet() - s2.keySet()
assert !gone.isEmpty() && gone.every { it.startsWith(base + 'eraser/') } : gone
assert s2.keySet().findAll { it.startsWith(base + 'eraser/') } == gone
assert !added.isEmpty() && added.every { it.startsWith(base + 'inker/') } : added
assert s3.keySet().findAll { it.startsWith(base + 'inker/') } == added
// Of the files in both, exactly those whose content changed were written.
def kept = s2.keySet().intersect(s3.keySet())
def changed = kept.findAll { !Arrays.equals(s2[it][1], s3[it][1]) }
kept.each { path ->
    if (path in changed) {
        assert s3[path][0] != s2[path][0] : "$path changed but kept its modification time"
    } else {
        assert s3[path][0] == s2[path][0] : "$path did not change but was rewritten"
    }
}
assert (base + 'painter/v2025_01_01/PainterRequest.java') in changed
assert new String(s3[base + 'painter/v2025_01_01/PainterRequest.java'][1], 'UTF-8').contains('seed')
assert changed.every { !it.startsWith(base + 'sketcher/') } : changed
assert 'generated-resources/pictor/META-INF/services/dev.pictor.runtime.ModelBinding' in changed
// The counts in the log agree with the files.
assert third[2].toInteger() == changed.size() - changed.count { it.endsWith('.pictor-generated') } + added.size()
assert third[4].toInteger() == gone.size()

// The manifests list exactly what is there; the fingerprint sits apart from the output.
['generated-sources/pictor', 'generated-resources/pictor'].each { folder ->
    def root = new File(basedir, "target/$folder")
    def listed = new File(root, '.pictor-generated').readLines().findAll { it && !it.startsWith('#') }
    def present = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { present << root.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    assert present.sort() == (listed + ['.pictor-generated']).sort()
}
assert new File(basedir, 'target/pictor/default/generate.fingerprint').isFile()
