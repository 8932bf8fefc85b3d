package org.digitworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.digitworkbench.TestData;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs with the tests' data cache unless the arguments name another. */
    static CliRun of(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--data-dir") && all.size() > 0 && !all.contains("--help")) {
            all.add("--data-dir");
            all.add(TestData.cacheRoot().toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
