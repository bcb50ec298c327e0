package org.parity.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls services with the ADMIN role. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
