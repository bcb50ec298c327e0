package org.parity.content;

/** One thing wrong with a package, where it is: the file and, where known, the line (1-based). */
public record Problem(String file, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
