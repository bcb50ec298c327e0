package org.parity.benchmark.load;

/**
 * One measured wrk run: which page, read by whom, what wrk saw, and what it cost the server.
 *
 * @param who "anonymous", "signed in" or "floor"
 * @param serverCpuMillis the server's CPU time (user and system) during the run
 * @param compilingCpuMillis the part of it the JIT compiler threads used
 * @param sessionsCreated sessions Parity's web module created during the run
 */
record Run(
    String target,
    String who,
    WrkResult wrk,
    double serverCpuMillis,
    double compilingCpuMillis,
    long sessionsCreated) {

  /** The server's CPU a request, the JIT compiler's apart: what serving the page costs. */
  double cpuMillisPerRequest() {
    return (serverCpuMillis - compilingCpuMillis) / Math.max(1, wrk.requests());
  }

  double compilingMillisPerRequest() {
    return compilingCpuMillis / Math.max(1, wrk.requests());
  }
}
