package io.kling4j.story;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/** Decodes MP4 (H.264) frames with JCodec: every frame in order, the last frame, the frame rate. */
final class Frames {
    /** Frame rate assumed when a clip's metadata gives none. */
    static final int DEFAULT_FPS = 8;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Frames() {
    }

    /** Calls {@code sink} with each decoded frame of {@code mp4}, in order; returns the number of frames. */
    static int forEach(Path mp4, Consumer<BufferedImage> sink) {
        try (FileChannelWrapper channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            int count = 0;
            Picture picture;
            while ((picture = grab.getNativeFrame()) != null) {
                sink.accept(AWTUtil.toBufferedImage(picture));
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + mp4, e);
        } catch (JCodecException e) {
            throw new IllegalArgumentException("not a decodable MP4: " + mp4 + " (" + e.getMessage() + ")", e);
        }
    }

    /** @return the last frame of {@code mp4} */
    static BufferedImage last(Path mp4) {
        BufferedImage[] last = new BufferedImage[1];
        if (forEach(mp4, frame -> last[0] = frame) == 0) {
            throw new IllegalArgumentException("no video frames in " + mp4);
        }
        return last[0];
    }

    /** @return the frame rate of {@code mp4}, rounded, or {@link #DEFAULT_FPS} when unknown */
    static int fps(Path mp4) {
        try (FileChannelWrapper channel = NIOUtils.readableChannel(mp4.toFile())) {
            DemuxerTrackMeta meta = FrameGrab.createFrameGrab(channel).getVideoTrack().getMeta();
            if (meta == null || meta.getTotalDuration() <= 0 || meta.getTotalFrames() <= 0) {
                return DEFAULT_FPS;
            }
            return Math.max(1, (int) Math.round(meta.getTotalFrames() / meta.getTotalDuration()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mp4, e);
        } catch (JCodecException e) {
            throw new IllegalArgumentException("not a decodable MP4: " + mp4, e);
        }
    }

    /** @return {@code image} as PNG bytes */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return {@code image} itself when it has the size, else a scaled 3-byte BGR copy */
    static BufferedImage fit(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }
}
