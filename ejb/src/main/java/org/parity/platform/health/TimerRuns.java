package org.parity.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each of this node's timers (mail delivery, digests, reminders, record-store forwarding,
 * clean-ups) last ran, whether it succeeded and how long it took, as Prometheus gauges: {@code
 * parity_timer_last_run_seconds}, {@code parity_timer_last_success_seconds} (Unix time) and {@code
 * parity_timer_last_duration_seconds}, and the counter {@code parity_timer_failures_total}, each
 * with the timer's name. A timer appears once it has run.
 */
@ApplicationScoped
public class TimerRuns {

  /** One timer's last run, in seconds since 1970 (0: never) and seconds taken. */
  static final class Run {
    volatile double lastRun;
    volatile double lastSuccess;
    volatile double lastDuration;
  }

  @Inject MeterRegistry registry;
  @Inject Clock clock;

  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  void finished(String timer, boolean succeeded, long nanos) {
    Run run = runs.computeIfAbsent(timer, this::register);
    double now = clock.millis() / 1000.0;
    run.lastRun = now;
    run.lastDuration = nanos / 1e9;
    if (succeeded) {
      run.lastSuccess = now;
    } else {
      registry.counter("parity.timer.failures", Tags.of("timer", timer)).increment();
    }
  }

  /** Seconds since 1970 of the timer's last run on this node, or 0 when it has not run. */
  public double lastRun(String timer) {
    Run run = runs.get(timer);
    return run == null ? 0 : run.lastRun;
  }

  private Run register(String timer) {
    Run run = new Run();
    Tags tags = Tags.of("timer", timer);
    // Through the registry's gauge method, as ParityMeters explains.
    registry.gauge("parity.timer.last.run.seconds", tags, run, r -> r.lastRun);
    registry.gauge("parity.timer.last.success.seconds", tags, run, r -> r.lastSuccess);
    registry.gauge("parity.timer.last.duration.seconds", tags, run, r -> r.lastDuration);
    registry.counter("parity.timer.failures", tags);
    return run;
  }
}
