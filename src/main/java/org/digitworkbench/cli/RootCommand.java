package org.digitworkbench.cli;

import picocli.CommandLine.Command;

@Command(name = "digit-workbench", mixinStandardHelpOptions = true, version = "Digit Workbench 0.1.0",
        description = "Draw, train and inspect digit classifiers. Without a command the window opens.",
        subcommands = {FetchCommand.class, ArchitecturesCommand.class, TrainCommand.class, EvaluateCommand.class, CalibrateCommand.class, PredictCommand.class,
                ImportCommand.class, ExportCommand.class, BenchCommand.class, RunsCommand.class, DrawingsCommand.class, InspectCommand.class})
final class RootCommand {
}
