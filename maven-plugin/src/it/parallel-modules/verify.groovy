// Built with -T 2: Maven used two threads and found every goal thread-safe.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('@threadSafe') : 'Maven warned of a goal that is not thread-safe'
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
assert (log =~ /\[INFO\] Pictor: generated 1 model: \d+ files written/).count == 1
assert (log =~ /\[INFO\] Pictor: generated 2 models: \d+ files written/).count == 1

// Each module holds only its own models, in its own package; both compiled into their jars.
def own = [alpha: ['painter'], beta: ['eraser', 'sketcher']]
own.each { module, models ->
    def other = module == 'alpha' ? 'beta' : 'alpha'
    def sources = new File(basedir, "$module/target/generated-sources/pictor")
    def packages = new File(sources, "com/example/$module/acme").list().toList().sort()
    assert packages == models
    assert !new File(sources, "com/example/$other").exists()
    def services = new File(basedir, "$module/target/generated-resources/pictor/META-INF/services/dev.pictor.runtime.ModelBinding")
    def listed = services.readLines().findAll { !it.startsWith('#') }
    assert listed.size() == models.size() && listed.every { it.startsWith("com.example.${module}.acme.") } : listed
    def jar = new java.util.jar.JarFile(new File(basedir, "$module/target/$module-1.0.jar"))
    models.each { m ->
        def name = m.capitalize()
        assert jar.getEntry("com/example/$module/acme/$m/v2025_01_01/${name}Request.class") != null
    }
    assert jar.entries().toList().every { !it.name.startsWith("com/example/$other/") }
    assert jar.getInputStream(jar.getEntry('META-INF/services/dev.pictor.runtime.ModelBinding')).text == services.text
    jar.close()
    assert new File(basedir, "$module/target/pictor/default/generate.fingerprint").isFile()
}

// An invoker script passes by returning true or nothing.
true
