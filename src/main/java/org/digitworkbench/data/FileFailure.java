package org.digitworkbench.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be used, in one line naming it and saying why: English as the message, and a bundle key
 * with the file and the untranslatable detail (a decoder's words, say) as {0} and {1} for the window.
 */
public abstract class FileFailure extends IOException implements LocalizableFailure {
    private final String key;
    private final String file;
    private final String detail;

    protected FileFailure(Path file, String key, String problem, String detail, Throwable cause) {
        super(file + ": " + problem, cause);
        this.key = key;
        this.file = file.toString();
        this.detail = detail;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return new Object[] {file, detail};
    }
}
