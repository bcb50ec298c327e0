package org.parity.platform.health;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/**
 * Runs each firing of a {@link ScheduledWork} bean's timers on one node only ({@link TimerClaims})
 * and records the run ({@link TimerRuns}); ordinary calls pass untouched.
 */
@ScheduledWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledWorkRecorder {

  @Inject TimerRuns runs;
  @Inject TimerClaims claims;
  @Inject Clock clock;

  @AroundTimeout
  public Object record(InvocationContext run) throws Exception {
    String timer = run.getMethod().getDeclaringClass().getSimpleName();
    if (!claimed(timer + "." + run.getMethod().getName())) {
      return null;
    }
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

  /** Whether this node runs this firing: another node's claim, or a lost race, means no. */
  private boolean claimed(String timer) {
    try {
      return claims.claim(timer, TimerClaims.firingAt(clock.instant()), TimerClaims.node());
    } catch (EJBException | PersistenceException taken) {
      return false;
    }
  }
}
