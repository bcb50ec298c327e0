package org.parity.benchmark.load;

/**
 * One measured wrk run: which page, read by whom, what wrk saw, and what it cost the server.
 *
 * @param who "anonymous", "signed in" or "floor"
 * @param serverCpuMillis the server's CPU time (user and system) during the run
 * @param sessionsCreated sessions Parity's web module created during the run
 */
record Run(String target, String who, WrkResult wrk, double serverCpuMillis, long sessionsCreated) {

  double cpuMillisPerRequest() {
    return serverCpuMillis / Math.max(1, wrk.requests());
  }
}
