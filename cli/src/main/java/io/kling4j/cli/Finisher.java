package io.kling4j.cli;

import io.kling4j.client.Endpoint;
import io.kling4j.client.KlingClient;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.AuthenticationException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.PermissionDeniedException;
import io.kling4j.client.errors.TaskFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits for a task that exists and saves its video. Every failure after the task exists ends with the exact
 * command that finishes the job ({@code kling wait ID --endpoint E -o FILE}, or {@code kling download ...} when
 * only the download failed), and so does a Ctrl-C ({@link Interrupts}).
 */
final class Finisher {
    private final KlingCli root;
    private final Backend backend;
    private final Endpoint endpoint;
    private final String taskId;

    Finisher(KlingCli root, Backend backend, Endpoint endpoint, String taskId) {
        this.root = root;
        this.backend = backend;
        this.endpoint = endpoint;
        this.taskId = taskId;
    }

    /** @return the file a download to {@code output} (a file, a folder, or null for the current folder) writes */
    Path fileFor(Path output) {
        Path target = output == null ? Path.of(".") : output;
        return Files.isDirectory(target) ? target.resolve(taskId.replaceAll("[^A-Za-z0-9._-]", "_") + ".mp4") : target;
    }

    /**
     * @param timeout how long to wait
     * @param file    where the video will be saved, named in the resume command; null for none
     * @return the completed task
     */
    KlingTask await(Duration timeout, Path file) {
        KlingClient client = backend.client();
        Progress progress = Progress.forStream(root.err, root.env);
        String resume = command("wait", file);
        root.interrupts.during("waiting for task " + taskId, backend.embedded() ? null : resume, progress, null);
        try {
            WaitOptions.Builder options = WaitOptions.builder().timeout(timeout).listener(progress);
            if (root.tuning.poll() != null) {
                options.pollSchedule(root.tuning.poll(), "cli-test");
            }
            return client.waitFor(endpoint, taskId, options.build());
        } catch (RuntimeException e) {
            throw afterTaskExists(e, resume);
        } finally {
            progress.finish();
            root.interrupts.clear();
        }
    }

    /**
     * @param done a completed task
     * @param file the file to write
     * @return the file written
     */
    Path download(KlingTask done, Path file) {
        String resume = command("download", file);
        root.err.println("Downloading the video of " + taskId + " to " + file + "...");
        root.interrupts.during("downloading the video of task " + taskId, backend.embedded() ? null : resume, null, file);
        try {
            return backend.client().download(done, file);
        } catch (RuntimeException e) {
            Interrupts.removeParts(file);
            throw afterTaskExists(e, resume);
        } finally {
            root.interrupts.clear();
        }
    }

    private RuntimeException afterTaskExists(RuntimeException e, String resume) {
        if (e instanceof TaskFailedException || e instanceof AuthenticationException
                || e instanceof PermissionDeniedException || e instanceof NotFoundException) {
            return e;
        }
        if (backend.embedded()) {
            return new CliException(ExitCodes.of(e), Errors.oneLine(e, root.verbose) + "; the embedded sandbox stops with"
                    + " this command and its task with it (nothing was charged)", null, e);
        }
        return new CliException(ExitCodes.of(e), Errors.oneLine(e, root.verbose) + "; task " + taskId
                + " goes on", "To finish the job, run: " + resume, e);
    }

    /** @return {@code kling VERB ID --endpoint E [-o FILE]}, quoted for a POSIX shell */
    String command(String verb, Path file) {
        List<String> words = new ArrayList<>(List.of("kling", verb, taskId, "--endpoint", cliName(endpoint)));
        if (file != null) {
            words.add("-o");
            words.add(file.toString());
        }
        return ShellWords.join(words);
    }

    static String cliName(Endpoint endpoint) {
        return endpoint.path().replace('_', '-');
    }
}
