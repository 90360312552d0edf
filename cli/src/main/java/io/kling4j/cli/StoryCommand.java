package io.kling4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kling4j.client.KlingTask;
import io.kling4j.client.WaitOptions;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.NotFoundException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.ServerException;
import io.kling4j.story.ShotManifest;
import io.kling4j.story.StoryChain;
import io.kling4j.story.StoryListener;
import io.kling4j.story.StoryResult;
import io.kling4j.story.StoryShot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kling story}: a story longer than one clip, each shot starting from the previous shot's last frame. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Generate a story of several shots, each starting from the previous shot's last frame.",
                "The shots run one after another (the last frame is uploaded as a PNG) and are joined",
                "into one MP4 (no audio). The estimate is printed before the first shot; the shots stay",
                "in a folder beside -o (story.shots/) with one shot-NN.json each, for --resume.",
                "Storyboard: the same YAML/JSON as 'text-to-video --storyboard'; its model is the first shot's."},
        footer = {"", "Examples:", "  kling story storyboard.yaml -o story.mp4",
                "  kling story storyboard.yaml -o story.mp4 --max-cost 3 --json",
                "  kling story storyboard.yaml -o story.mp4 --resume story.shots   (after a failure: pays no shot twice)",
                "  kling quote story storyboard.yaml",
                "", "storyboard.yaml:", "  aspect_ratio: \"16:9\"", "  shots:",
                "    - {prompt: \"A fox wakes up in its den\", duration: 5}",
                "    - {prompt: \"The fox runs out into the snow\", duration: 5}"})
final class StoryCommand implements Callable<Integer> {
    @ParentCommand
    KlingCli root;

    @Parameters(index = "0", paramLabel = "STORYBOARD", description = "YAML or JSON storyboard file.")
    Path storyboard;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "story.mp4",
            description = "The joined MP4 (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--model", description = "Text-to-video model of the first shot (default: the storyboard's, else "
            + StoryChain.DEFAULT_TEXT_MODEL + ").")
    String model;

    @Option(names = "--image-model", defaultValue = StoryChain.DEFAULT_IMAGE_MODEL,
            description = "Image-to-video model of the following shots (default ${DEFAULT-VALUE}).")
    String imageModel;

    @Option(names = "--no-continuity", description = "Make every shot an independent text-to-video task.")
    boolean noContinuity;

    @Option(names = {"--shots", "--keep-shots"}, paramLabel = "DIR",
            description = "Folder of the shots (shot-NN.mp4 + shot-NN.json) (default: beside -o, e.g. story.shots).")
    Path keepShots;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Reuse the shots kept in DIR by an earlier run: only shots not completed there are paid for.")
    Path resume;

    @Option(names = "--max-cost", paramLabel = "USD",
            description = "Refuse (exit 4, nothing submitted) when the story's estimate is above this many US dollars.")
    BigDecimal maxCost;

    @Option(names = "--confirm-above", paramLabel = "USD", defaultValue = "5.00",
            description = "Above this estimate ask first, or need --yes when stdin is not a terminal "
                    + "(default ${DEFAULT-VALUE}).")
    BigDecimal confirmAbove;

    @Option(names = {"-y", "--yes"}, description = "Go ahead above --confirm-above without asking.")
    boolean yes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting for a shot after this many seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--json", description = "Print {file, frames, shots: [tasks]} as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Storyboard board = Storyboard.read(storyboard);
        List<StoryShot> shots = board.shots().stream().map(s -> new StoryShot(s.prompt(), s.durationSeconds())).toList();
        CostLimit.checkOption("--max-cost", maxCost);
        CostLimit.checkOption("--confirm-above", confirmAbove);
        Path dir = shotsFolder();
        try (Backend backend = Backend.open(root)) {
            Progress progress = Progress.forStream(root.err);
            StoryChain chain = StoryChain.builder(backend.client())
                    .textModel(model != null ? model : board.model() != null ? board.model() : StoryChain.DEFAULT_TEXT_MODEL)
                    .imageModel(imageModel).aspectRatio(board.aspectRatio()).continuity(!noContinuity)
                    .keepShotsIn(dir).resume(resume != null)
                    .waitOptions(WaitOptions.builder().timeout(Duration.ofSeconds(timeoutSeconds)).listener(progress).build())
                    .listener(new StoryListener() {
                        @Override
                        public void onShotSubmitted(int index, KlingTask task) {
                            root.err.println("Shot " + (index + 1) + "/" + shots.size() + ": " + task.endpoint().path()
                                    + " task " + task.id());
                        }

                        @Override
                        public void onShotReused(int index, KlingTask task) {
                            root.err.println("Shot " + (index + 1) + "/" + shots.size() + ": reused task " + task.id()
                                    + " from " + dir);
                        }

                        @Override
                        public void onShotCompleted(int index, KlingTask task) {
                            progress.endLine();
                        }
                    })
                    .build();
            List<StoryChain.PlannedShot> plan = chain.plan(shots);
            BigDecimal total;
            String estimate;
            try {
                total = StoryCost.estimate(backend.client(), plan);
                estimate = StoryCost.describe(total, plan, dir);
            } catch (NotFoundException | ServerException | NetworkException | RequestTimeoutException unavailable) {
                if (root.quoteOnly || maxCost != null) {
                    throw unavailable; // a limit cannot be kept without a price
                }
                total = null;
                estimate = "unavailable (" + Errors.oneLine(unavailable) + ")";
            }
            if (root.quoteOnly) {
                root.out.println("story: " + estimate + " (quote only; nothing was submitted)");
                return ExitCodes.OK;
            }
            root.err.println("Estimate: " + estimate + ".");
            if (total != null) {
                CostLimit.enforce("this story", maxCost, total, estimate);
            }
            StoryCost.confirm(total, confirmAbove, yes, root.err);
            root.err.println("Shots are kept in " + dir + "; if the story stops, resume it with: " + resumeCommand(dir));
            StoryResult story;
            try {
                story = chain.generate(shots, output);
            } catch (RuntimeException e) {
                progress.finish();
                reportPaidShots(dir);
                throw e;
            } finally {
                progress.finish();
            }
            print(story);
            return ExitCodes.OK;
        }
    }

    /** The shot folder: {@code --resume DIR}, else {@code --shots DIR}, else beside {@code -o} ({@code story.shots}). */
    private Path shotsFolder() {
        if (resume != null && keepShots != null && !resume.equals(keepShots)) {
            throw new IllegalArgumentException("--resume " + resume + " and --shots " + keepShots
                    + " name two folders; give one");
        }
        if (resume != null) {
            if (!java.nio.file.Files.isDirectory(resume)) {
                throw new IllegalArgumentException("--resume " + resume + ": no such folder of shots");
            }
            return resume;
        }
        if (keepShots != null) {
            return keepShots;
        }
        String name = output.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path parent = output.toAbsolutePath().getParent();
        return output.getParent() == null ? Path.of(base + ".shots") : parent.resolve(base + ".shots");
    }

    /** After a failure: which shots were paid for (or are still running), and the command that finishes the job. */
    private void reportPaidShots(Path dir) {
        List<ShotManifest> paid = ShotManifest.readAll(dir);
        if (paid.isEmpty()) {
            root.err.println("No shot was submitted.");
            return;
        }
        StringBuilder line = new StringBuilder("Paid shots kept in " + dir + ":");
        for (ShotManifest m : paid) {
            line.append(" ").append(m.number()).append(" (task ").append(m.taskId())
                    .append(m.completed() ? ", " + m.file() : ", not downloaded yet").append(")");
        }
        root.err.println(line);
        root.err.println("Resume without paying for them again: " + resumeCommand(dir));
    }

    private String resumeCommand(Path dir) {
        StringBuilder c = new StringBuilder("kling story ").append(quote(storyboard.toString()))
                .append(" -o ").append(quote(output.toString())).append(" --resume ").append(quote(dir.toString()));
        if (model != null) {
            c.append(" --model ").append(quote(model));
        }
        if (!StoryChain.DEFAULT_IMAGE_MODEL.equals(imageModel)) {
            c.append(" --image-model ").append(quote(imageModel));
        }
        if (noContinuity) {
            c.append(" --no-continuity");
        }
        if (timeoutSeconds != 900) {
            c.append(" --timeout ").append(timeoutSeconds);
        }
        return c.append(" --yes").toString();
    }

    private static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=@+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private void print(StoryResult story) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode().put("file", story.video().toString()).put("frames", story.frames());
            story.shots().forEach(t -> node.withArray("shots").addObject().put("id", t.id())
                    .put("endpoint", t.endpoint().path()).put("status", String.valueOf(t.status())));
            root.out.println(node);
        } else {
            root.out.println("Saved " + story.video() + " (" + story.shots().size() + " shots, " + story.frames() + " frames)");
        }
        root.out.flush();
    }
}
