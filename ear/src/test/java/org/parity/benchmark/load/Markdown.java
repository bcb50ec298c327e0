package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the load benchmarks' reports share: formatted lines, and writing the report out. */
final class Markdown {

  private Markdown() {}

  /** A formatted line, numbers as in English whatever the machine's locale. */
  static void line(StringBuilder out, String format, Object... values) {
    out.append(String.format(Locale.ROOT, format, values));
  }

  /** Writes the report to {@code file} and answers it. */
  static String write(Path file, String markdown) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown);
    return markdown;
  }
}
