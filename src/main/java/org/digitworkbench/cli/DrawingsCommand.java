package org.digitworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.app.DrawingStore;
import org.digitworkbench.app.WorkbenchHome;
import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.LabeledImages;
import org.digitworkbench.ml.arch.Architecture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drawings", mixinStandardHelpOptions = true,
        description = "Count the drawings labelled in the window (drawings/ of $DIGIT_WORKBENCH_HOME or"
                + " ~/.digit-workbench), class by class; optionally export them as IDX files in MNIST's format.")
final class DrawingsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "D", converter = DatasetIdConverter.class,
            description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE})")
    DatasetId dataset;

    @Option(names = "--export-idx", paramLabel = "DIR",
            description = "Write drawings-images-idx3-ubyte and drawings-labels-idx1-ubyte into DIR")
    Path exportDir;

    @Override
    public Integer call() throws Exception {
        if (exportDir != null && Files.exists(exportDir) && !Files.isDirectory(exportDir)) {
            throw new IOException(exportDir + " already exists as a file; choose another folder or remove it");
        }
        DrawingStore store = DrawingStore.at(WorkbenchHome.current());
        LabeledImages drawings = store.inputs(dataset);
        int[] perClass = new int[Architecture.CLASSES];
        for (int i = 0; i < drawings.count(); i++) {
            perClass[drawings.label(i)]++;
        }
        List<Path> exported = exportDir == null ? List.of() : store.exportIdx(dataset, exportDir);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dataset", dataset.id());
            json.put("folder", store.folder(dataset).toAbsolutePath().toString());
            json.put("count", drawings.count());
            json.put("perClass", perClass);
            List<String> files = new ArrayList<>();
            exported.forEach(file -> files.add(file.toAbsolutePath().toString()));
            json.put("exported", files);
            JsonPrinter.print(out, json);
        } else {
            out.printf("%d drawings of %s in %s%n", drawings.count(), dataset.displayName(),
                    store.folder(dataset).toAbsolutePath());
            List<String> names = dataset.classNames();
            for (int c = 0; c < perClass.length; c++) {
                out.printf("  %-12s %d%n", names.get(c), perClass[c]);
            }
            exported.forEach(file -> out.println("written " + file.toAbsolutePath()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
