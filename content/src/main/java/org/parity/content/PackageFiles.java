package org.parity.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a content package, by their path inside it ("modules/x/module.yaml"), read from a
 * folder or an uploaded zip. Reading a zip refuses what could harm the server: paths that climb out
 * ("../"), absolute paths, and more than {@link #MAX_BYTES} unpacked.
 */
public final class PackageFiles {

  public static final long MAX_BYTES = 50L * 1024 * 1024;
  static final int MAX_ENTRIES = 10_000;

  private final Map<String, byte[]> files;
  private final List<Problem> problems;

  private PackageFiles(Map<String, byte[]> files, List<Problem> problems) {
    this.files = files;
    this.problems = problems;
  }

  public static PackageFiles fromFolder(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackageFiles(files, List.of());
  }

  /** Files given by path, for tests. */
  static PackageFiles fromMap(Map<String, byte[]> files) {
    return new PackageFiles(new TreeMap<>(files), List.of());
  }

  /**
   * The package shipped on the classpath under {@code root} (the starter content), listed by the
   * {@code index.txt} the build writes beside it.
   */
  public static PackageFiles fromClasspath(ClassLoader loader, String root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (InputStream index = loader.getResourceAsStream(root + "/index.txt")) {
      if (index == null) {
        return new PackageFiles(
            files, List.of(new Problem(root + "/index.txt", 0, "File missing.")));
      }
      for (String path : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (path.isBlank()) {
          continue;
        }
        try (InputStream in = loader.getResourceAsStream(root + "/" + path.trim())) {
          if (in != null) {
            files.put(path.trim(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackageFiles(files, List.of());
  }

  public static PackageFiles fromZip(byte[] zip) {
    Map<String, byte[]> files = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    if (zip.length > MAX_BYTES) {
      problems.add(new Problem("(upload)", 0, "The package is larger than 50 MB."));
      return new PackageFiles(files, problems);
    }
    long total = 0;
    int entries = 0;
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          problems.add(
              new Problem("(upload)", 0, "The package has more than " + MAX_ENTRIES + " files."));
          break;
        }
        String name = entry.getName().replace('\\', '/');
        if (isUnsafe(name)) {
          problems.add(new Problem(name, 0, "A path that leaves the package is not allowed."));
          continue;
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = readBounded(in, MAX_BYTES - total);
        if (content == null) {
          problems.add(new Problem("(upload)", 0, "The package unpacks to more than 50 MB."));
          break;
        }
        total += content.length;
        files.put(stripTopFolder(name), content);
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(new Problem("(upload)", 0, "The file is not a readable zip archive."));
    }
    return new PackageFiles(files, problems);
  }

  static boolean isUnsafe(String name) {
    return name.startsWith("/")
        || name.matches("^[A-Za-z]:.*")
        || name.equals("..")
        || name.startsWith("../")
        || name.contains("/../")
        || name.endsWith("/..")
        || name.indexOf('\0') >= 0;
  }

  /**
   * A zip made of a folder ("whole-person-care/modules/…") reads the same as the folder's contents.
   */
  private static String stripTopFolder(String name) {
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    return first.equals("modules") || first.equals("curricula") || slash < 0
        ? name
        : name.substring(slash + 1);
  }

  private static byte[] readBounded(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    return bytes.length > limit ? null : bytes;
  }

  public Optional<String> text(String path) {
    return bytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** A file as it is, for the images a module carries. */
  public Optional<byte[]> bytes(String path) {
    return Optional.ofNullable(files.get(path));
  }

  public boolean exists(String path) {
    return files.containsKey(path);
  }

  /** Paths of the files directly inside the package's folders of that kind, e.g. "modules". */
  public List<String> folders(String kind) {
    return files.keySet().stream()
        .filter(p -> p.startsWith(kind + "/") && p.indexOf('/', kind.length() + 1) > 0)
        .map(p -> p.substring(kind.length() + 1, p.indexOf('/', kind.length() + 1)))
        .distinct()
        .toList();
  }

  /**
   * Problems found while reading (an unsafe path, a zip too large), before any content is parsed.
   */
  public List<Problem> readingProblems() {
    return problems;
  }
}
