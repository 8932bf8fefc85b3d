package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.digitworkbench.app.RunCurvesCsv;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the training runs of the window and the command line, newest first "
                + "(kept in runs/ of $DIGIT_WORKBENCH_HOME or ~/.digit-workbench).")
final class RunsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the runs' curves to FILE instead of listing them (the same file as the window's"
                    + " Export CSV), one row per point: columns run, name, source, kind, step, epoch, loss,"
                    + " learning_rate, train_accuracy, validation_loss, validation_accuracy, test_accuracy; kind"
                    + " 'batch' for a batch of the loss trace (its step, place in epochs, loss and learning rate),"
                    + " 'epoch' for an epoch's figures, after the batches of that epoch; a figure not known is"
                    + " empty")
    Path csv;

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "With --csv: the runs to write (as runs --json names them); all runs when none given")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        RunHistory history = RunHistory.at(WorkbenchHome.current());
        RunHistory.Listing listing = history.read();
        List<RunEntry> runs = listing.runs();
        PrintWriter out = spec.commandLine().getOut();
        int skipped = listing.skipped().size();
        if (skipped > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("skipped %d file%s in %s that %s not a readable run%n", skipped, skipped == 1 ? "" : "s",
                    history.dir().toAbsolutePath(), skipped == 1 ? "is" : "are");
            err.flush();
        }
        if (csv == null && !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "run ids are for --csv");
        }
        if (csv != null) {
            List<RunEntry> chosen = ids.isEmpty() ? runs : pick(runs);
            RunCurvesCsv.write(csv, chosen);
            out.printf("%d runs written to %s%n", chosen.size(), csv.toAbsolutePath());
            out.flush();
            return ExitCodes.OK;
        }
        if (common.json) {
            JsonPrinter.print(out, runs);
            return ExitCodes.OK;
        }
        if (runs.isEmpty()) {
            out.println("no runs yet");
        }
        for (RunEntry run : runs) {
            out.printf("%s  %-6s %-13s %-9s epochs %3d  %-9s test %s  %.1f s%s%n", run.startedAt(), run.source(),
                    run.dataset(), run.architecture(), run.history().size(),
                    run.outcome().name().toLowerCase(Locale.ROOT),
                    Double.isNaN(run.testAccuracy()) ? "  -   "
                            : String.format(Locale.ROOT, "%.2f%%", run.testAccuracy() * 100),
                    run.seconds(), run.modelFile() == null ? "" : "  " + run.modelFile());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The runs named, in the order named; an id not in the history is an error before anything is written. */
    private List<RunEntry> pick(List<RunEntry> runs) {
        List<RunEntry> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(runs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "no run " + id + " in the history")));
        }
        return chosen;
    }
}
