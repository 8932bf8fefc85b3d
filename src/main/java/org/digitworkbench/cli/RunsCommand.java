package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.digitworkbench.app.RunCurvesCsv;
import org.digitworkbench.app.RunEntry;
import org.digitworkbench.app.RunHistory;
import org.digitworkbench.app.RunLabels;
import org.digitworkbench.app.WorkbenchHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List the training runs of the window and the command line, newest first, each with its"
                + " number (kept in runs/ of $DIGIT_WORKBENCH_HOME or ~/.digit-workbench); or export, name, note"
                + " or remove them.",
                "A run N is named by its number (3 or #3) or its id; a number is never given to another run, not"
                        + " even once its run is removed."})
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

    @Option(names = "--name", arity = "2", paramLabel = "N TEXT", hideParamSyntax = true,
            description = "Name run N TEXT (one line, at most " + RunLabels.MAX_NAME + " characters; \"\" for no"
                    + " name)")
    List<String> names = new ArrayList<>();

    @Option(names = "--note", arity = "2", paramLabel = "N TEXT", hideParamSyntax = true,
            description = "Write TEXT as run N's note (at most " + RunLabels.MAX_NOTE + " characters; \"\" for none)")
    List<String> notes = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "N",
            description = "Hide run N from the history: its file moves to runs/removed/; nothing is deleted, not"
                    + " the model it wrote either, and its number stays taken")
    String remove;

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "With --csv: the runs to write, by number or id; all runs when none given")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        checkOptions();
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
        if (csv != null) {
            List<RunEntry> chosen = ids.isEmpty() ? runs : pick(runs, ids);
            RunCurvesCsv.write(csv, chosen);
            out.printf("%d runs written to %s%n", chosen.size(), csv.toAbsolutePath());
        } else if (remove != null) {
            RunEntry removed = history.remove(find(runs, remove).id());
            report(out, removed, true, List.of(String.format("run %s (%s) removed: its file moved to %s%s",
                    label(removed), removed.id(), history.removedDir().toAbsolutePath(), removed.modelFile() == null
                            ? "" : "; the model it wrote stays in " + removed.modelFile())));
        } else if (!names.isEmpty() || !notes.isEmpty()) {
            applyLabels(history, runs, out);
        } else if (common.json) {
            JsonPrinter.print(out, runs);
        } else {
            list(out, runs);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void checkOptions() {
        boolean labels = !names.isEmpty() || !notes.isEmpty();
        if ((csv != null ? 1 : 0) + (remove != null ? 1 : 0) + (labels ? 1 : 0) > 1) {
            throw new ParameterException(spec.commandLine(),
                    "--csv, --remove and --name/--note are each a command of their own: give one");
        }
        if (csv == null && !ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "run ids are for --csv");
        }
    }

    /** Applies every --name and --note, those of one run together, after finding all the runs they name. */
    private void applyLabels(RunHistory history, List<RunEntry> runs, PrintWriter out) throws Exception {
        Map<String, RunEntry> labelled = new LinkedHashMap<>();
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (int i = 0; i + 1 < names.size(); i += 2) {
            RunEntry found = find(runs, names.get(i));
            RunEntry run = labelled.getOrDefault(found.id(), found);
            RunEntry named = run.withLabels(RunLabels.name(names.get(i + 1)), run.note());
            labelled.put(run.id(), named);
            said.computeIfAbsent(run.id(), k -> new ArrayList<>()).add(named.name() == null
                    ? "run " + label(named) + " has no name now" : "run " + label(named) + " named " + named.name());
        }
        for (int i = 0; i + 1 < notes.size(); i += 2) {
            RunEntry found = find(runs, notes.get(i));
            RunEntry run = labelled.getOrDefault(found.id(), found);
            RunEntry noted = run.withLabels(run.name(), RunLabels.note(notes.get(i + 1)));
            labelled.put(run.id(), noted);
            said.computeIfAbsent(run.id(), k -> new ArrayList<>()).add(noted.note() == null
                    ? "run " + label(noted) + " has no note now" : "note written on run " + label(noted));
        }
        for (RunEntry run : labelled.values()) {
            RunEntry written = history.rename(run.id(), run.name(), run.note());
            report(out, written, false, said.get(run.id()));
        }
    }

    /** One line of JSON with --json, else the {@code lines} that say what was done. */
    private void report(PrintWriter out, RunEntry run, boolean removed, List<String> lines) {
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("number", run.number());
            json.put("id", run.id());
            json.put("name", run.name());
            json.put("note", run.note());
            json.put("removed", removed);
            JsonPrinter.print(out, json);
        } else {
            lines.forEach(out::println);
        }
    }

    private static void list(PrintWriter out, List<RunEntry> runs) {
        if (runs.isEmpty()) {
            out.println("no runs yet");
        }
        for (RunEntry run : runs) {
            out.printf("%-5s %s  %-6s %-13s %-9s epochs %3d  %-9s test %s  %.1f s%s%s%n", label(run), run.startedAt(),
                    run.source(), run.dataset(), run.architecture(), run.history().size(),
                    run.outcome().name().toLowerCase(Locale.ROOT),
                    Double.isNaN(run.testAccuracy()) ? "  -   "
                            : String.format(Locale.ROOT, "%.2f%%", run.testAccuracy() * 100),
                    run.seconds(), run.name() == null ? "" : "  " + run.name(),
                    run.modelFile() == null ? "" : "  " + run.modelFile());
        }
    }

    private static String label(RunEntry run) {
        return run.number() > 0 ? "#" + run.number() : "#-";
    }

    /** The runs named, in the order named; one not in the history is an error before anything is written. */
    private List<RunEntry> pick(List<RunEntry> runs, List<String> references) {
        List<RunEntry> chosen = new ArrayList<>();
        for (String reference : references) {
            chosen.add(find(runs, reference));
        }
        return chosen;
    }

    private RunEntry find(List<RunEntry> runs, String reference) {
        try {
            return RunReference.find(runs, reference);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
