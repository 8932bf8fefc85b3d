package org.digitworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.data.DatasetId;
import org.digitworkbench.data.acquire.AcquiredDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Acquire a data set, verify every file's SHA-256 and keep it in the cache.")
final class FetchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "D", converter = DatasetIdConverter.class,
            description = "mnist or fashion-mnist")
    DatasetId dataset;

    @Override
    public Integer call() throws Exception {
        AcquiredDataset acquired = DataAccess.acquire(common, dataset);
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("dataset", dataset.id());
            json.put("source", acquired.source());
            json.put("path", acquired.dir().toAbsolutePath().toString());
            JsonPrinter.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().printf("%s: verified, from %s, in %s%n", dataset.displayName(),
                    acquired.source(), acquired.dir().toAbsolutePath());
        }
        return ExitCodes.OK;
    }
}
