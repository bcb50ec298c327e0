package org.parity.casestudy.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.platform.NotAllowedException;

/**
 * Who the caller is to case studies: an author of their own, a reviewer (EDITOR, FACILITATOR or
 * ADMIN), or a reader. A session bean so it sees the calling service's caller.
 */
@Stateless
@PermitAll
public class CaseStudyCaller {

  @Resource SessionContext context;

  /** The caller's e-mail address, or null when nobody is signed in. */
  public String email() {
    Principal p = context.getCallerPrincipal();
    return p == null || "anonymous".equals(p.getName()) ? null : p.getName();
  }

  public String signedIn() {
    String email = email();
    if (email == null) {
      throw new NotAllowedException("Sign in first");
    }
    return email;
  }

  public boolean isReviewer() {
    return email() != null
        && (context.isCallerInRole("EDITOR")
            || context.isCallerInRole("FACILITATOR")
            || context.isCallerInRole("ADMIN"));
  }

  public boolean mayEdit(CaseStudy study) {
    String email = email();
    return email != null && (study.isAuthoredBy(email) || context.isCallerInRole("ADMIN"));
  }

  public void requireEditor(CaseStudy study) {
    if (!mayEdit(study)) {
      throw new NotAllowedException("Only the author may change this case study");
    }
  }

  public void requireReviewer() {
    if (!isReviewer()) {
      throw new NotAllowedException("Only an editor or facilitator may review case studies");
    }
  }
}
