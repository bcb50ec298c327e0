package org.parity.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.parity.identity.domain.Organisation;
import org.parity.identity.infrastructure.Organisations;

/** Organisation names anyone may look up, for suggestions while typing on a form. */
@Stateless
@PermitAll
public class OrganisationDirectory {

  @Inject Organisations organisations;

  public List<String> namesContaining(String text) {
    return organisations.nameContaining(text, 10).stream().map(Organisation::getName).toList();
  }
}
