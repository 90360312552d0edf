package io.kling4j.generated;

import java.util.ArrayList;
import java.util.List;

/** A small unified line diff (longest common subsequence, 3 lines of context) for test failure messages. */
final class LineDiff {
    private static final int CONTEXT = 3;

    /** One line of the edit script: {@code ' '} kept, {@code '-'} only in a, {@code '+'} only in b. */
    private record Op(char kind, int inA, int inB) {
    }

    private LineDiff() {
    }

    /** The unified diff from {@code a} to {@code b}; only the headers when they are equal. */
    static String unified(String nameA, String nameB, List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', i++, j++));
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add(new Op('+', i, j++));
            } else {
                ops.add(new Op('-', i++, j));
            }
        }
        StringBuilder out = new StringBuilder("--- " + nameA + "\n+++ " + nameB + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int countA = 0;
            int countB = 0;
            StringBuilder hunk = new StringBuilder();
            for (int h = start; h < end; h++) {
                Op op = ops.get(h);
                hunk.append(op.kind()).append(op.kind() == '+' ? b.get(op.inB()) : a.get(op.inA())).append('\n');
                countA += op.kind() == '+' ? 0 : 1;
                countB += op.kind() == '-' ? 0 : 1;
            }
            out.append("@@ -").append(ops.get(start).inA() + 1).append(',').append(countA)
                    .append(" +").append(ops.get(start).inB() + 1).append(',').append(countB).append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }
}
