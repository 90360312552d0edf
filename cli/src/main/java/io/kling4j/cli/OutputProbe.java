package io.kling4j.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Proves before anything is paid for that the video can be written where the user asked: the nearest existing
 * folder of the target is probed by creating and deleting a hidden file in it, and an existing target must be a
 * writable file or folder. Nothing is left behind.
 */
final class OutputProbe {
    private OutputProbe() {
    }

    /**
     * @param option the option, for messages ({@code -o})
     * @param target the file or folder given, or null for the current folder
     * @throws CliException (exit 4) when the video could not be saved there
     */
    static void check(String option, Path target) {
        Path path = (target == null ? Path.of(".") : target).toAbsolutePath().normalize();
        String shown = target == null ? "the current folder" : target.toString();
        if (Files.exists(path) && !Files.isDirectory(path) && (!Files.isRegularFile(path) || !Files.isWritable(path))) {
            throw CliException.invalid(option + " " + shown + ": exists and is not a writable file");
        }
        Path dir = Files.isDirectory(path) ? path : path.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.invalid(option + " " + shown + ": " + (dir == null ? "no such folder" : dir
                    + " is a file, not a folder") + "; give a file in a folder you can write to");
        }
        Path probe = dir.resolve(".kling-probe-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
        } catch (IOException e) {
            throw CliException.invalid(option + " " + shown + ": cannot create a file in " + dir + " ("
                    + reason(e) + "); give a file in a folder you can write to");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // the probe could not be created either
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
