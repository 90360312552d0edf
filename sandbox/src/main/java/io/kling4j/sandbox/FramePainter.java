package io.kling4j.sandbox;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws one frame of a sandbox video with Java2D: a background tinted from the prompt, the word-wrapped prompt, a
 * dot that crosses the frame, and a frame counter with a progress bar.
 */
final class FramePainter {
    private final VideoSpec spec;
    private final int width;
    private final int height;
    private final Color tint;

    FramePainter(VideoSpec spec) {
        this.spec = spec;
        this.width = spec.width();
        this.height = spec.height();
        this.tint = Color.getHSBColor((spec.prompt().hashCode() & 0xffff) / 65536f, 0.55f, 0.45f);
    }

    /**
     * @param image   the image to draw on (reused between frames), {@code width() x height()}
     * @param frame   0-based index of the frame
     * @param frames  number of frames in the clip
     * @param fps     frames per second
     */
    void paint(BufferedImage image, int frame, int frames, int fps) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, tint, 0, height, tint.darker().darker()));
            g.fillRect(0, 0, width, height);
            double progress = frames <= 1 ? 1.0 : frame / (double) (frames - 1);
            paintDot(g, progress);
            paintPrompt(g);
            paintFooter(g, frame, frames, fps, progress);
        } finally {
            g.dispose();
        }
    }

    private void paintDot(Graphics2D g, double progress) {
        int size = Math.max(8, width / 16);
        int x = (int) Math.round(progress * (width - size));
        g.setColor(new Color(255, 255, 255, 70));
        g.fillOval(x, height / 2 - size / 2, size, size);
    }

    private void paintPrompt(Graphics2D g) {
        int margin = Math.max(6, width / 20);
        g.setColor(new Color(255, 255, 255, 150));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, width / 30)));
        g.drawString("KLING SANDBOX", margin, margin + g.getFontMetrics().getAscent());
        int top = margin + g.getFontMetrics().getHeight() + margin / 2;

        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, width / 20)));
        FontMetrics metrics = g.getFontMetrics();
        int footer = footerHeight();
        int maxLines = Math.max(1, (height - top - footer - margin) / metrics.getHeight());
        List<String> lines = wrap(spec.prompt(), metrics, width - 2 * margin);
        for (int i = 0; i < Math.min(lines.size(), maxLines); i++) {
            String line = lines.get(i);
            if (i == maxLines - 1 && lines.size() > maxLines) {
                line = line + "…";
            }
            g.drawString(line, margin, top + metrics.getAscent() + i * metrics.getHeight());
        }
    }

    private void paintFooter(Graphics2D g, int frame, int frames, int fps, double progress) {
        int margin = Math.max(6, width / 20);
        int barHeight = Math.max(4, height / 40);
        int barY = height - margin - barHeight;
        g.setColor(new Color(0, 0, 0, 120));
        g.fillRect(margin, barY, width - 2 * margin, barHeight);
        g.setColor(new Color(120, 220, 255));
        g.fillRect(margin, barY, (int) Math.round(progress * (width - 2 * margin)), barHeight);

        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.max(8, width / 32)));
        g.setColor(Color.WHITE);
        String label = String.format(Locale.ROOT, "frame %d/%d  %.1fs/%ds", frame + 1, frames,
                frame / (double) fps, spec.durationSeconds());
        g.drawString(label, margin, barY - barHeight);
    }

    private int footerHeight() {
        return Math.max(6, width / 20) + Math.max(4, height / 40) * 2 + Math.max(8, width / 32) + 4;
    }

    /** Greedy word wrap; words longer than a line are split by character. */
    static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (char c : word.toCharArray()) {
                if (line.length() > 0 && metrics.stringWidth(line.toString() + c) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
