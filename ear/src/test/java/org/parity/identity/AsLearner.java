package org.parity.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls services with only the LEARNER role, as a signed-in clinician's page would. */
@Stateless
@RunAs("LEARNER")
@PermitAll
public class AsLearner {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
