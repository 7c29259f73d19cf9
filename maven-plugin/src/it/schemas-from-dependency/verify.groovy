// The schemas jar holds the documents under pictor/schemas/, and nothing else of ours.
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')
def shared = new java.util.jar.JarFile(new File(basedir, 'shared-schemas/target/shared-schemas-1.0.jar'))
assert shared.getEntry('pictor/schemas/acme/provider.json') != null
assert shared.getEntry('pictor/schemas/acme/painter/2025-01-01.json') != null
shared.close()

// The client generated both models: the shared one and its own, which uses the shared provider document.
def summaries = (log =~ /\[INFO\] Pictor: (generated 2 models: \d+ files written|up to date \(fingerprint [0-9a-f]{12}\))/).collect { it[1] }
assert summaries.size() == 2 : log
assert summaries[0].startsWith('generated') && summaries[1].startsWith('up to date')
def merged = new File(basedir, 'client/target/pictor/default/schemas')
def documents = []
merged.eachFileRecurse(groovy.io.FileType.FILES) { documents << merged.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert documents.sort() == ['acme/painter/2025-01-01.json', 'acme/provider.json', 'acme/sketcher/2025-01-01.json']

def client = new java.util.jar.JarFile(new File(basedir, 'client/target/client-1.0.jar'))
assert client.getEntry('com/example/client/acme/painter/v2025_01_01/PainterRequest.class') != null
assert client.getEntry('com/example/client/acme/sketcher/v2025_01_01/SketcherRequest.class') != null
// The documents were inputs, not part of the client.
assert client.entries().toList().every { !it.name.endsWith('.json') }
client.close()
