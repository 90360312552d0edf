package io.kling4j.sandbox;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Rational;

/**
 * Encodes a {@link VideoSpec} into a real H.264 MP4 with JCodec, drawing each frame with {@link FramePainter}.
 * Pure-Java encoding is slow, so frames are small and the frame rate is low ({@value #FPS} fps).
 */
class VideoRenderer {
    /** Frames per second of every sandbox video. */
    static final int FPS = 8;

    static {
        // Java2D must never try to reach a display: the sandbox runs on servers and in CI.
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Renders {@code spec} into {@code target}, replacing it.
     *
     * @throws InterruptedIOException when the rendering thread is interrupted (the sandbox is closing)
     */
    void render(VideoSpec spec, Path target) throws IOException {
        int frames = spec.durationSeconds() * FPS;
        FramePainter painter = new FramePainter(spec);
        BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_3BYTE_BGR);
        try (FileChannelWrapper channel = NIOUtils.writableChannel(target.toFile())) {
            AWTSequenceEncoder encoder = new AWTSequenceEncoder(channel, Rational.R(FPS, 1));
            for (int frame = 0; frame < frames; frame++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("rendering interrupted");
                }
                painter.paint(image, frame, frames, FPS);
                encoder.encodeImage(image);
            }
            encoder.finish();
        }
    }
}
