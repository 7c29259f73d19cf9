package dev.pictor.maven;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.Scanner;
import org.sonatype.plexus.build.incremental.BuildContext;

/** A test double of an IDE's build context (m2e's): records the messages, removals and refreshes a mojo asks for. */
final class RecordingBuildContext implements BuildContext {

    /** One {@link #addMessage} call. */
    record Message(File file, int line, int column, String text, int severity) {}

    final List<Message> messages = new ArrayList<>();
    final List<File> removed = new ArrayList<>();
    final List<File> refreshed = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();
    boolean incremental = true;

    @Override
    public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
        messages.add(new Message(file, line, column, message, severity));
    }

    @Override
    @Deprecated
    public void addWarning(File file, int line, int column, String message, Throwable cause) {
        addMessage(file, line, column, message, SEVERITY_WARNING, cause);
    }

    @Override
    @Deprecated
    public void addError(File file, int line, int column, String message, Throwable cause) {
        addMessage(file, line, column, message, SEVERITY_ERROR, cause);
    }

    @Override
    public void removeMessages(File file) {
        removed.add(file);
    }

    @Override
    public void refresh(File file) {
        refreshed.add(file);
    }

    @Override
    public boolean isIncremental() {
        return incremental;
    }

    @Override
    public boolean hasDelta(String relpath) {
        return true;
    }

    @Override
    public boolean hasDelta(File file) {
        return true;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean hasDelta(List relpaths) {
        return true;
    }

    @Override
    public OutputStream newFileOutputStream(File file) throws IOException {
        return new FileOutputStream(file);
    }

    @Override
    public Scanner newScanner(File basedir) {
        throw new UnsupportedOperationException("not used by Pictor");
    }

    @Override
    public Scanner newDeleteScanner(File basedir) {
        throw new UnsupportedOperationException("not used by Pictor");
    }

    @Override
    public Scanner newScanner(File basedir, boolean ignoreDelta) {
        throw new UnsupportedOperationException("not used by Pictor");
    }

    @Override
    public void setValue(String key, Object value) {
        values.put(key, value);
    }

    @Override
    public Object getValue(String key) {
        return values.get(key);
    }

    @Override
    public boolean isUptodate(File target, File source) {
        return false;
    }
}
