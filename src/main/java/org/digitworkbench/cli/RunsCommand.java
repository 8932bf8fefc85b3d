package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.WorkbenchHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the training runs of the window and the command line, newest first "
                + "(kept in runs/ of $DIGIT_WORKBENCH_HOME or ~/.digit-workbench).")
final class RunsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<RunEntry> runs = RunHistory.at(WorkbenchHome.current()).list();
        PrintWriter out = spec.commandLine().getOut();
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
}
