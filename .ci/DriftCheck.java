import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The build must never change a file git knows about. Run by Maven as a single-file program:
 * {@code snapshot ROOT FILE} at the start of the reactor (kling4j-parent, validate) records the work tree's state
 * ({@code git status --porcelain} and a hash of {@code git diff HEAD}); {@code check ROOT FILE} at its end
 * (module drift-check, verify) compares and fails, naming the files, when the build changed, deleted or added a
 * file outside ignored folders. Changes you made before the build are yours and do not count. Skips, saying so,
 * when git or the work tree is missing, or with {@code -Ddrift.skip}.
 */
public class DriftCheck {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path root = Path.of(args[1]);
        Path file = Path.of(args[2]);
        List<String> state = state(root);
        if (state == null) {
            System.out.println("[drift] no git work tree at " + root + " (or no git): drift check skipped");
            return;
        }
        if (mode.equals("snapshot")) {
            Files.createDirectories(file.getParent());
            Files.write(file, state);
            return;
        }
        if (!Files.exists(file)) {
            System.out.println("[drift] no snapshot " + file + " (the reactor root was not built): drift check skipped");
            return;
        }
        List<String> before = Files.readAllLines(file);
        if (before.equals(state)) {
            System.out.println("[drift] the build changed no file git knows about");
            return;
        }
        List<String> changed = new ArrayList<>(state);
        changed.removeAll(before);
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(state);
        System.err.println("[drift] the build changed the work tree (git status --porcelain, before -> after):");
        gone.forEach(line -> System.err.println("  - " + line));
        changed.forEach(line -> System.err.println("  + " + line));
        System.err.println("[drift] a build must not change committed files: make it write under target/, or commit"
                + " the change (run `git diff` to see it; -Ddrift.skip skips this check)");
        System.exit(1);
    }

    /** @return status lines plus a hash of the diff against HEAD, or null when there is no git work tree */
    private static List<String> state(Path root) throws Exception {
        String inside = git(root, "rev-parse", "--is-inside-work-tree");
        if (inside == null || !inside.strip().equals("true")) {
            return null;
        }
        String status = git(root, "status", "--porcelain=v1", "--untracked-files=all");
        String diff = git(root, "diff", "HEAD", "--binary", "--no-ext-diff");
        if (status == null || diff == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(status.lines().toList());
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(diff.getBytes(StandardCharsets.UTF_8));
        lines.add("diff-hash " + HexFormat.of().formatHex(hash));
        return lines;
    }

    /** @return the command's standard output, or null when git is missing or fails */
    private static String git(Path root, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
