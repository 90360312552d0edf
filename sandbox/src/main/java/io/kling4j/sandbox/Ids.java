package io.kling4j.sandbox;

import java.security.SecureRandom;

/** Generates the random ids the sandbox hands out: task, file and request ids. */
final class Ids {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** @return a fresh task id: {@code task_} followed by 26 base32 characters (130 random bits) */
    static String taskId() {
        return "task_" + random(BASE32, 26);
    }

    /** @return a fresh id of an accepted create: {@code tr_} followed by 26 base32 characters */
    static String resultId() {
        return "tr_" + random(BASE32, 26);
    }

    /** @return a fresh file id: {@code file_} followed by 26 base32 characters */
    static String fileId() {
        return "file_" + random(BASE32, 26);
    }

    /** @return a fresh request id: {@code req_} followed by 24 hex characters */
    static String requestId() {
        return "req_" + random(HEX, 24);
    }

    /** Both alphabets have a power-of-two size, so masking one random byte per character is unbiased. */
    private static String random(char[] alphabet, int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[bytes[i] & (alphabet.length - 1)];
        }
        return new String(out);
    }
}
