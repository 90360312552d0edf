package io.kling4j.mcp;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Where {@code download_video} may write: only plain file names inside the folder the server was started with. */
final class DownloadFolder {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private DownloadFolder() {
    }

    /**
     * @param folder the server's download folder
     * @param fileName the requested name, or null for {@code <taskId>.mp4}
     * @param taskId the task
     * @return the target inside the folder
     * @throws IllegalArgumentException for a name with a folder part, {@code ..}, or other characters
     */
    static Path resolve(Path folder, String fileName, String taskId) {
        String name = fileName != null ? fileName : taskId.replaceAll("[^A-Za-z0-9._-]", "_") + ".mp4";
        if (!PLAIN.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("file_name must be a plain name of letters, digits, '.', '_' or '-'"
                    + " inside the download folder (was '" + ToolResults.clip(name, 80) + "')");
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".mp4")) {
            name = name + ".mp4";
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(name).normalize();
        if (!target.getParent().equals(root)) {
            throw new IllegalArgumentException("file_name must stay inside the download folder");
        }
        return target;
    }
}
