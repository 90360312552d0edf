package io.kling4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A task as the hand-written baselines parse it: the fields a caller needs, unknown ones ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TaskJson {
    /** Task id. */
    public String id;
    /** pending, processing, completed or failed. */
    public String status;
    /** Videos of a completed task. */
    public List<Video> videos;
    /** Error of a failed task. */
    public String error;

    /** One video of a task. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Video {
        /** Its URL. */
        public String url;
    }

    /** @return true when the task ended, one way or the other */
    public boolean finished() {
        return "completed".equals(status) || "failed".equals(status);
    }
}
