package org.digitworkbench.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The data sets the workbench knows how to fetch and verify. */
public enum DatasetId {
    MNIST("mnist", "MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            List.of(
                    file(DataFileRole.TRAIN_IMAGES, "train-images-idx3-ubyte",
                            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db", null, 47040016L),
                    file(DataFileRole.TRAIN_LABELS, "train-labels-idx1-ubyte",
                            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5", null, 60008L),
                    file(DataFileRole.TEST_IMAGES, "t10k-images-idx3-ubyte",
                            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7", null, 7840016L),
                    file(DataFileRole.TEST_LABELS, "t10k-labels-idx1-ubyte",
                            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2", null, 10008L))),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
            List.of(
                    file(DataFileRole.TRAIN_IMAGES, "train-images-idx3-ubyte",
                            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                            "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7", 47040016L),
                    file(DataFileRole.TRAIN_LABELS, "train-labels-idx1-ubyte",
                            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                            "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056", 60008L),
                    file(DataFileRole.TEST_IMAGES, "t10k-images-idx3-ubyte",
                            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                            "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa", 7840016L),
                    file(DataFileRole.TEST_LABELS, "t10k-labels-idx1-ubyte",
                            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
                            "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05", 10008L)));

    private final String id;
    private final String displayName;
    private final List<String> classNames;
    private final List<DataFile> files;

    DatasetId(String id, String displayName, List<String> classNames, List<DataFile> files) {
        this.id = id;
        this.displayName = displayName;
        this.classNames = classNames;
        this.files = files;
    }

    private static DataFile file(DataFileRole role, String rawName, String rawSha, String gzSha, long size) {
        return new DataFile(role, rawName, rawSha, gzSha, size);
    }

    /** Stable identifier used on the command line and as the cache folder name. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Class names indexed by label value. */
    public List<String> classNames() {
        return classNames;
    }

    /** The four files, in {@link DataFileRole} order. */
    public List<DataFile> files() {
        return files;
    }

    public DataFile file(DataFileRole role) {
        return files.get(role.ordinal());
    }

    public static DatasetId fromId(String id) {
        for (DatasetId candidate : values()) {
            if (candidate.id.equals(id)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + id + "'; valid ids: " + validIds());
    }

    public static String validIds() {
        return Arrays.stream(values()).map(DatasetId::id).collect(Collectors.joining(", "));
    }
}
