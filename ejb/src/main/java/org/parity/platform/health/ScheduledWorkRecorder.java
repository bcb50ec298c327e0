package org.parity.platform.health;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Records each timer run of a {@link ScheduledWork} bean: ordinary calls pass untouched. */
@ScheduledWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledWorkRecorder {

  @Inject TimerRuns runs;

  @AroundTimeout
  public Object record(InvocationContext run) throws Exception {
    String timer = run.getMethod().getDeclaringClass().getSimpleName();
    long started = System.nanoTime();
    try {
      Object result = run.proceed();
      runs.finished(timer, true, System.nanoTime() - started);
      return result;
    } catch (Exception | Error failure) {
      runs.finished(timer, false, System.nanoTime() - started);
      throw failure;
    }
  }
}
