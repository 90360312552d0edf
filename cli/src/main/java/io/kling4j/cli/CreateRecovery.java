package io.kling4j.cli;

import io.kling4j.client.errors.ApiErrorException;
import io.kling4j.client.errors.KlingException;
import io.kling4j.client.errors.NetworkException;
import io.kling4j.client.errors.RequestTimeoutException;
import io.kling4j.client.errors.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A create that failed after it may have reached the server (no answer, a reset, 5xx, 429 or 408 after the
 * retries, a cut-off answer) may have created the task. The way back without paying twice is the same command
 * with the same {@code Idempotency-Key}: RunAPI replays the task of a key it has seen with the same body. Local
 * files are replaced by the URLs they were uploaded to (valid for an hour), so that the body is the same.
 */
final class CreateRecovery {
    private final KlingCli root;
    private final Map<String, String> uploaded;
    private final String key;

    CreateRecovery(KlingCli root, Map<String, String> uploaded, String key) {
        this.root = root;
        this.uploaded = uploaded;
        this.key = key;
    }

    static boolean mayExist(KlingException e) {
        if (e.createAttempt().isPresent()) {
            return e.taskMayExist(); // the client knows whether an attempt was sent
        }
        int status = e.status();
        return e instanceof NetworkException || e instanceof RequestTimeoutException
                || e instanceof UnexpectedResponseException
                || (e instanceof ApiErrorException && (status >= 500 || status == 429 || status == 408));
    }

    RuntimeException failure(KlingException e, boolean embedded) {
        if (!mayExist(e) || embedded) {
            return e;
        }
        String message = Errors.oneLine(e, root.verbose);
        int suffix = message.indexOf("; the task may exist and be charged");
        return new CliException(ExitCodes.of(e), (suffix < 0 ? message : message.substring(0, suffix))
                + "; the task may exist (Idempotency-Key " + key + ")",
                "To recover it without paying twice, run: " + command(), e);
    }

    /** @return the command line as given, local files replaced by their uploaded URLs, with the key */
    String command() {
        List<String> words = new ArrayList<>(List.of("kling"));
        List<String> args = root.args;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--idempotency-key")) {
                i++;
                continue;
            }
            if (arg.startsWith("--idempotency-key=")) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0 && uploaded.containsKey(arg.substring(eq + 1))) {
                words.add(arg.substring(0, eq + 1) + uploaded.get(arg.substring(eq + 1)));
            } else {
                words.add(uploaded.getOrDefault(arg, arg));
            }
        }
        words.add("--idempotency-key");
        words.add(key);
        return ShellWords.join(words);
    }
}
