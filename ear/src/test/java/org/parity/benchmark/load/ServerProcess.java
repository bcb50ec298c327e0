package org.parity.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The WildFly process Arquillian started, found by its command line, and the CPU time it has used:
 * read from {@code /proc}, so that a run's cost per request is the server's alone, not wrk's.
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
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              String command = commandLine(p.pid());
              return command.contains("jboss-modules.jar") && command.contains(marker);
            })
        .findFirst()
        .map(p -> new ServerProcess(p.pid(), clockTicksPerSecond()))
        .orElseThrow(() -> new IllegalStateException("No WildFly process with " + marker));
  }

  long pid() {
    return pid;
  }

  /** User and system CPU time so far, in milliseconds. */
  double cpuMillis() throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long utime = Long.parseLong(fields[14 - 3]);
    long stime = Long.parseLong(fields[15 - 3]);
    return (utime + stime) * 1000.0 / ticksPerSecond;
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
