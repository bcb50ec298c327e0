package org.parity.benchmark.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run measured, from the line summary.lua prints: requests, duration, the errors wrk
 * counts by kind ({@code status} is every response other than 2xx or 3xx), and latency percentiles
 * in microseconds; and from scale-out.lua's second line, the replies it sent and those taken (201).
 */
record WrkResult(
    long requests,
    long durationMicros,
    long bytes,
    long connectErrors,
    long readErrors,
    long writeErrors,
    long statusErrors,
    long timeouts,
    long p50Micros,
    long p95Micros,
    long p99Micros,
    long writesSent,
    long writesCreated) {

  private static final Pattern LINE = Pattern.compile("^PARITY-WRK (.*)$", Pattern.MULTILINE);
  private static final Pattern WRITES =
      Pattern.compile("^PARITY-WRITES sent=(\\d+) created=(\\d+)$", Pattern.MULTILINE);

  /** Reads summary.lua's line out of wrk's whole output. */
  static WrkResult parse(String output) {
    Matcher line = LINE.matcher(output);
    if (!line.find()) {
      throw new IllegalStateException("wrk printed no PARITY-WRK line:\n" + output);
    }
    Map<String, Long> values = new HashMap<>();
    for (String pair : line.group(1).strip().split("\\s+")) {
      String[] kv = pair.split("=", 2);
      values.put(kv[0], Math.round(Double.parseDouble(kv[1])));
    }
    Matcher writes = WRITES.matcher(output);
    boolean wrote = writes.find();
    return new WrkResult(
        values.get("requests"),
        values.get("duration_us"),
        values.get("bytes"),
        values.get("connect"),
        values.get("read"),
        values.get("write"),
        values.get("status"),
        values.get("timeout"),
        values.get("p50_us"),
        values.get("p95_us"),
        values.get("p99_us"),
        wrote ? Long.parseLong(writes.group(1)) : 0,
        wrote ? Long.parseLong(writes.group(2)) : 0);
  }

  double requestsPerSecond() {
    return requests * 1e6 / Math.max(1, durationMicros);
  }

  long errors() {
    return connectErrors + readErrors + writeErrors + statusErrors + timeouts;
  }

  /** "0", or the errors by kind: "status 3, timeout 2". */
  String errorsByKind() {
    if (errors() == 0) {
      return "0";
    }
    StringBuilder kinds = new StringBuilder();
    kind(kinds, "connect", connectErrors);
    kind(kinds, "read", readErrors);
    kind(kinds, "write", writeErrors);
    kind(kinds, "status", statusErrors);
    kind(kinds, "timeout", timeouts);
    return kinds.toString();
  }

  private static void kind(StringBuilder kinds, String name, long count) {
    if (count > 0) {
      kinds.append(kinds.isEmpty() ? "" : ", ").append(name).append(' ').append(count);
    }
  }
}
