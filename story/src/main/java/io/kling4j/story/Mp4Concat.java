package io.kling4j.story;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Rational;

/**
 * Joins MP4 clips into one by decoding every frame and re-encoding with JCodec's {@link AWTSequenceEncoder}, at the
 * first clip's frame size and frame rate (other clips are scaled to it). Audio is not carried over. Pure-Java
 * encoding is slow: fine for sandbox clips and short stories, minutes for long 1080p ones.
 */
public final class Mp4Concat {
    private Mp4Concat() {
    }

    /**
     * @param clips  the MP4s in order; at least one
     * @param target the MP4 to write, replaced atomically
     * @return the number of frames written
     */
    public static int concat(List<Path> clips, Path target) {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("no clips to join");
        }
        int fps = Frames.fps(clips.get(0));
        int[] size = new int[2]; // width and height of the first frame, which every frame is fitted to
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            // not createTempFile: that makes the file 0600; the story gets the user's umask like any new file
            Path temp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
            Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW).close();
            int frames = 0;
            try (FileChannelWrapper channel = NIOUtils.writableChannel(temp.toFile())) {
                AWTSequenceEncoder encoder = new AWTSequenceEncoder(channel, Rational.R(fps, 1));
                for (Path clip : clips) {
                    frames += Frames.forEach(clip, frame -> {
                        if (size[0] == 0) {
                            size[0] = frame.getWidth();
                            size[1] = frame.getHeight();
                        }
                        encode(encoder, Frames.fit(frame, size[0], size[1]));
                    });
                }
                encoder.finish();
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void encode(AWTSequenceEncoder encoder, BufferedImage frame) {
        try {
            encoder.encodeImage(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
