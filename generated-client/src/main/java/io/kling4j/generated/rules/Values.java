// kling4j per-model rule engine, part 3 of 4 (Values): how the rules read JSON values and URLs. Hand-written.
package io.kling4j.generated.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How rules read JSON: presence, scalar text, public URLs. */
final class Values {
  private Values() {
  }

  /**
   * Present means sent with a value: not missing, not null, not a blank string, not an empty array.
   * An explicit {@code false} is present (RunAPI rejects a forbidden field even when it is false).
   */
  static boolean present(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isTextual()) {
      return !node.asText().isBlank();
    }
    return !(node.isContainerNode() && node.size() == 0);
  }

  /** Scalar as text: {@code 5}, {@code true}, {@code 16:9}; numbers with no fraction lose their {@code .0}. */
  static String text(JsonNode node) {
    if (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
      return node.decimalValue().toBigInteger().toString();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /** JSON text of a value, for messages. */
  static String show(JsonNode node) {
    return node == null || node.isMissingNode() ? null : node.toString();
  }

  /** @return null when {@code url} is a public http(s) URL, else why not */
  static String whyNotPublic(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "must be a valid URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "must be a public http(s) URL";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not contain user info";
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return "must have a host";
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") || h.contains(":")) {
      return "must not use an IP literal host";
    }
    if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) {
      return "must be public (not localhost)";
    }
    if (looksNumeric(h)) {
      return whyNotPublicIpv4(h);
    }
    return null;
  }

  private static boolean looksNumeric(String h) {
    for (String part : h.split("\\.", -1)) {
      if (!part.matches("0x[0-9a-f]*|[0-9]+")) {
        return false;
      }
    }
    return true;
  }

  private static String whyNotPublicIpv4(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return "must not use a non-canonical IPv4 address";
    }
    int[] octets = new int[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("0|[1-9][0-9]{0,2}")) {
        return "must not use a non-canonical IPv4 address";
      }
      octets[i] = Integer.parseInt(parts[i]);
      if (octets[i] > 255) {
        return "must not use a non-canonical IPv4 address";
      }
    }
    int a = octets[0];
    int b = octets[1];
    boolean reserved = a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168) || (a == 192 && b == 0 && octets[2] == 0) || (a == 198 && (b == 18 || b == 19));
    return reserved ? "must not point to a private or reserved address" : null;
  }

  /** The path of a URL in lower case, without query or fragment, for extension checks. */
  static String pathOf(String url) {
    try {
      String path = new URI(url).getPath();
      return path == null ? "" : path.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return url.toLowerCase(Locale.ROOT);
    }
  }
}
