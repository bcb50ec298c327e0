package org.parity.casestudy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.identity.application.Caller;
import org.parity.identity.domain.Role;
import org.parity.platform.NotAllowedException;

/**
 * Who the caller is to case studies: an author of their own, a reviewer (EDITOR, FACILITATOR or
 * ADMIN), or a reader. A session bean so it sees the calling service's caller.
 */
@Stateless
@PermitAll
public class CaseStudyCaller {

  @Inject Caller caller;

  /** The caller's e-mail address, or null when nobody is signed in. */
  public String email() {
    return caller.email().orElse(null);
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
        && (caller.has(Role.EDITOR) || caller.has(Role.FACILITATOR) || caller.isAdmin());
  }

  public boolean mayEdit(CaseStudy study) {
    String email = email();
    return email != null && (study.isAuthoredBy(email) || caller.isAdmin());
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
