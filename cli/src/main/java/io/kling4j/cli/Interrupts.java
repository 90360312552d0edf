package io.kling4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a Ctrl-C (SIGINT, seen by a shutdown hook) must say and clean up while paid work is under way: the
 * progress line is ended, the command that finishes the job is printed, and no hidden
 * {@code .NAME.<uuid>.part} file of the download is left; the process then ends with exit code 130.
 */
final class Interrupts {
    /** Exit code of a process ended by SIGINT (128 + 2). */
    static final int EXIT_CODE = 130;

    private record Pending(String what, String command, Progress progress, Path target) {
    }

    private volatile Pending pending;

    /**
     * @param what     what is under way, e.g. "waiting for task_1"
     * @param command  the command that finishes the job, or null
     * @param progress the progress display to end, or null
     * @param target   the file being written (its temporary files are removed), or null
     */
    void during(String what, String command, Progress progress, Path target) {
        pending = new Pending(what, command, progress, target);
    }

    void clear() {
        pending = null;
    }

    /**
     * Called from the shutdown hook.
     *
     * @param err where to write
     * @return true when paid work was under way and has been reported
     */
    boolean report(PrintStream err) {
        Pending p = pending;
        if (p == null) {
            return false;
        }
        if (p.progress() != null) {
            p.progress().finish();
        }
        removeParts(p.target());
        err.println("interrupted while " + p.what() + ".");
        if (p.command() != null) {
            err.println("To finish the job, run: " + p.command());
        }
        err.flush();
        return true;
    }

    /** Removes the temporary files of a download to {@code target}: {@code .NAME.<uuid>.part} beside it. */
    static void removeParts(Path target) {
        if (target == null || target.getFileName() == null) {
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".part"))) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort while the process ends
        }
    }
}
