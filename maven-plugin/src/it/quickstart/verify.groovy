// The build linted (no warning, with failOnWarning), generated, compiled and ran the tests against the in-process
// emulator, and no library of the emulator printed anything (no "SLF4J(W): No SLF4J providers were found").
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pictor lint: 1 model, 1 provider: 0 errors, 0 warnings') : log
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : log
assert !log.contains('SLF4J') : log
assert !log.contains('[WARNING]') : log
assert !log.contains('[ERROR]') : log

// Main, run as a user runs it, against the runnable emulator that the build resolved from the repository by its
// classifier (dependency:copy of dev.pictor:pictor-emulator:jar:runnable).
def java = new File(System.getProperty('java.home'), 'bin/java').path
def emulatorJar = new File(basedir, 'target/emulator/pictor-emulator.jar')
assert emulatorJar.isFile()
def emulator = new ProcessBuilder(java, '-jar', emulatorJar.path, '--schemas', 'src/main/pictor', '--port', '0')
        .directory(basedir).start()
def emulatorErr = new StringBuffer()
emulator.consumeProcessErrorStream(emulatorErr)
try {
    def out = new BufferedReader(new InputStreamReader(emulator.inputStream, 'UTF-8'))
    String baseUrl = null
    String line
    while (baseUrl == null && (line = out.readLine()) != null) {
        def m = line =~ /^cloudflare-workers-ai \(cloudflare-workers-ai\): (http:\S+)$/
        if (m) {
            baseUrl = m[0][1]
        }
    }
    assert baseUrl != null : 'the emulator printed no Cloudflare base URL'
    Thread.start { out.eachLine { } }

    def classPath = new File(basedir, 'target/classes').path + File.pathSeparator +
            new File(basedir, 'target/classpath.txt').text.trim()
    def main = new ProcessBuilder(java, '-cp', classPath, 'com.example.quickstart.Main', baseUrl)
            .directory(basedir).redirectErrorStream(true)
    main.environment().put('CLOUDFLARE_API_TOKEN', 'demo-token')
    main.environment().remove('CLOUDFLARE_ACCOUNT_ID')
    def run = main.start()
    def mainOut = run.inputStream.getText('UTF-8')
    assert run.waitFor() == 0 : mainOut
    assert mainOut == 'wrote lighthouse.png: ImageBytes[' + new File(basedir, 'lighthouse.png').length() + ' bytes, PNG]' +
            System.lineSeparator() : mainOut
    def png = new File(basedir, 'lighthouse.png').bytes
    assert png[0] == (byte) 0x89 && new String(png, 1, 3, 'US-ASCII') == 'PNG'
} finally {
    emulator.destroy()
    emulator.waitFor()
}
assert emulatorErr.length() == 0 : emulatorErr
