package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.util.List;
import org.digitworkbench.data.DatasetId;

/** No source could provide a data set; the message has one line per source saying why. */
public class AcquisitionException extends IOException {

    private final transient List<String> failures;

    public AcquisitionException(DatasetId id, List<String> failures) {
        super("Could not obtain " + id.displayName() + " (" + id.id() + "); every source failed:\n  - "
                + String.join("\n  - ", failures));
        this.failures = List.copyOf(failures);
    }

    /** One "source: reason" entry per source tried, in order. */
    public List<String> failures() {
        return failures;
    }
}
