package io.kling4j.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sandbox's price list, used for {@code usage.cost} on completed tasks. Billing is per second of video, as
 * at RunAPI; the numbers are illustrative, not RunAPI's real prices.
 *
 * <table>
 *   <caption>USD per second of video</caption>
 *   <tr><th>output_resolution</th><th>without sound</th><th>with {@code enable_sound: true} (+40%)</th></tr>
 *   <tr><td>720p (also when unspecified)</td><td>0.07</td><td>0.098</td></tr>
 *   <tr><td>1080p</td><td>0.10</td><td>0.14</td></tr>
 *   <tr><td>4k</td><td>0.20</td><td>0.28</td></tr>
 * </table>
 *
 * <p>{@code cost = duration_seconds (default 5) × rate}, rounded half-up to 4 decimals. So the default request
 * (5 s, 720p, no sound) costs 0.35, and 10 s of 1080p with sound cost 1.40.
 */
public final class PriceTable {
    /** Duration billed when a request does not set {@code duration_seconds}. */
    public static final int DEFAULT_DURATION_SECONDS = 5;
    /** Resolution billed when a request does not set {@code output_resolution}. */
    public static final String DEFAULT_RESOLUTION = "720p";

    private static final BigDecimal RATE_720P = new BigDecimal("0.07");
    private static final BigDecimal RATE_1080P = new BigDecimal("0.10");
    private static final BigDecimal RATE_4K = new BigDecimal("0.20");
    private static final BigDecimal SOUND_FACTOR = new BigDecimal("1.4");

    private PriceTable() {
    }

    /**
     * @param resolution  {@code 720p}, {@code 1080p} or {@code 4k}; null or unknown values are billed as 720p
     * @param enableSound whether native audio was requested
     * @return the rate in USD per second of video
     */
    public static BigDecimal ratePerSecond(String resolution, boolean enableSound) {
        BigDecimal base;
        if ("1080p".equals(resolution)) {
            base = RATE_1080P;
        } else if ("4k".equals(resolution)) {
            base = RATE_4K;
        } else {
            base = RATE_720P;
        }
        return enableSound ? base.multiply(SOUND_FACTOR) : base;
    }

    /**
     * @param durationSeconds the video length in seconds (must be positive)
     * @param resolution      see {@link #ratePerSecond(String, boolean)}
     * @param enableSound     whether native audio was requested
     * @return the cost in USD, rounded half-up to 4 decimals
     */
    public static double cost(int durationSeconds, String resolution, boolean enableSound) {
        if (durationSeconds <= 0) {
            throw new IllegalArgumentException("durationSeconds must be positive: " + durationSeconds);
        }
        return ratePerSecond(resolution, enableSound)
                .multiply(BigDecimal.valueOf(durationSeconds))
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
