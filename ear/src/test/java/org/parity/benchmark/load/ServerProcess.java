package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The WildFly process Arquillian started, found by its command line, and the CPU time it has used:
 * read from {@code /proc}, so that a run's cost per request is the server's alone, not wrk's; and
 * apart, the time its JIT compiler threads used, which goes on for minutes after a start and is not
 * the pages' cost.
 */
final class ServerProcess {

  private final long pid;
  private final long ticksPerSecond;

  private ServerProcess(long pid, long ticksPerSecond) {
    this.pid = pid;
    this.ticksPerSecond = ticksPerSecond;
  }

  /**
   * The server whose data folder is {@code dataDir}: Arquillian passes it as {@code
   * -Djboss.server.data.dir}, which tells this server from any other WildFly on the machine.
   */
  static ServerProcess withDataDir(String dataDir) {
    String marker = "-Djboss.server.data.dir=" + dataDir;
    return matching("jboss-modules.jar", marker).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No WildFly process with " + marker));
  }

  /** Every process whose command line holds each of {@code parts}: none, one or several. */
  static List<ServerProcess> matching(String... parts) {
    long ticks = clockTicksPerSecond();
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              String command = commandLine(p.pid());
              return Stream.of(parts).allMatch(command::contains);
            })
        .map(p -> new ServerProcess(p.pid(), ticks))
        .toList();
  }

  long pid() {
    return pid;
  }

  /** User and system CPU time so far, in milliseconds: the whole process's and each compiler's. */
  CpuReading cpu() throws IOException {
    Path process = Path.of("/proc", Long.toString(pid));
    Map<String, Double> compilers = new HashMap<>();
    try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            compilers.put(task.getFileName().toString(), millis(task.resolve("stat")));
          }
        } catch (IOException gone) {
          // a compiler thread that ended while listed: its time is in the process's total
        }
      }
    }
    return new CpuReading(millis(process.resolve("stat")), compilers);
  }

  private double millis(Path stat) throws IOException {
    String line = Files.readString(stat);
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    long utime = Long.parseLong(fields[14 - 3]);
    long stime = Long.parseLong(fields[15 - 3]);
    return (utime + stime) * 1000.0 / ticksPerSecond;
  }

  /**
   * CPU milliseconds at one moment: the process's (threads that ended included) and each live JIT
   * compiler thread's, by thread id (the JVM starts and ends compiler threads as work comes).
   */
  record CpuReading(double totalMillis, Map<String, Double> compilerMillis) {

    /** The process's time since {@code before}. */
    double totalSince(CpuReading before) {
      return totalMillis - before.totalMillis;
    }

    /**
     * The compilers' time since {@code before}, as far as it can be read: a compiler thread that
     * ended meanwhile took its last moments with it, so this errs towards the pages' side.
     */
    double compilingSince(CpuReading before) {
      return compilerMillis.entrySet().stream()
          .mapToDouble(c -> c.getValue() - before.compilerMillis.getOrDefault(c.getKey(), 0.0))
          .sum();
    }
  }

  private static String commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return ""; // gone, or not ours to read
    }
  }

  /** The unit of /proc's CPU times: 100 on Linux, but getconf knows for sure. */
  private static long clockTicksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return getconf.waitFor() == 0 ? Long.parseLong(answer.strip()) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
