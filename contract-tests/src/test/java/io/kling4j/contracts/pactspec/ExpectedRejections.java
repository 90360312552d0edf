package io.kling4j.contracts.pactspec;

/**
 * An interaction that documents a rejection must be allowed to break the rule the rejection is about: the
 * request of a 400/422 interaction may have an invalid body or parameter, the request of a 401 interaction
 * may lack the API key (or, since the key is checked first, the body). Everything else (path, method, and the whole response) is still checked.
 */
final class ExpectedRejections {
    private ExpectedRejections() {
    }

    static boolean isExpected(String messageKey, int responseStatus) {
        return switch (responseStatus) {
            case 400, 422 -> messageKey.startsWith("validation.request.body.")
                    || messageKey.startsWith("validation.request.parameter.");
            // a 401 stub may match "whatever the body" (SCC *_invalid_key contracts): the key is checked first
            case 401 -> messageKey.startsWith("validation.request.security.")
                    || messageKey.equals("validation.request.body.missing");
            default -> false;
        };
    }
}
