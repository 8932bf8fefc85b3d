package org.digitworkbench.gui.train.run;

import java.io.IOException;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.DatasetSplits;
import org.digitworkbench.data.acquire.ProgressListener;

/** Where a run gets its images; called on the training thread. */
@FunctionalInterface
public interface TrainingData {
    public DatasetSplits load(DatasetId dataset, ProgressListener progress) throws IOException;
}
