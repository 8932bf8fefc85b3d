package org.digitworkbench.data.acquire;

import java.io.IOException;
import java.util.List;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LocalizableFailure;

/** No source could provide a data set; the message has one line per source saying why. */
public class AcquisitionException extends IOException implements LocalizableFailure {

    private final transient List<String> failures;
    private final String dataset;

    public AcquisitionException(DatasetId id, List<String> failures) {
        super("Could not obtain " + id.displayName() + " (" + id.id() + "); every source failed:\n  - "
                + String.join("\n  - ", failures));
        this.failures = List.copyOf(failures);
        this.dataset = id.displayName();
    }

    @Override
    public String key() {
        return "failure.dataset.unavailable";
    }

    @Override
    public Object[] args() {
        return new Object[] {dataset, String.join("; ", failures)};
    }

    /** One "source: reason" entry per source tried, in order. */
    public List<String> failures() {
        return failures;
    }
}
