package org.digitworkbench.data.acquire;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a command-line client with a time limit, its output captured to a file rather than a pipe that could fill up. */
final class ExternalCommand {

    private static final int OUTPUT_TAIL_CHARS = 600;

    record Result(int exitCode, String output) {
        /** The last part of the output, on one line, for error messages. */
        String outputTail() {
            String flat = Failures.oneLine(output);
            return flat.length() <= OUTPUT_TAIL_CHARS ? flat : "..." + flat.substring(flat.length() - OUTPUT_TAIL_CHARS);
        }
    }

    private ExternalCommand() {
    }

    /** The executable {@code name} in the first folder of {@code searchPath} that has it. */
    static Optional<Path> findOnPath(String name, String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return Optional.empty();
        }
        for (String folder : searchPath.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Result run(List<String> command, Path workDir, String searchPath, Duration timeout) throws IOException {
        Path log = Files.createTempFile(workDir, ".output-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (searchPath != null) {
            // scripts such as npm find their interpreter (node) through PATH
            builder.environment().put("PATH", searchPath);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s; output: " + new Result(-1, read(log)).outputTail());
            }
            return new Result(process.exitValue(), read(log));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + String.join(" ", command));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
