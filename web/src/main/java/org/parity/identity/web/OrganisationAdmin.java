package org.parity.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.identity.application.AccountAdministrationService;
import org.parity.identity.application.AccountView;
import org.parity.identity.domain.Organisation;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageMessages;

/** The /admin/organisations page. */
@Named
@ViewScoped
public class OrganisationAdmin implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministrationService administration;
  @Inject PageMessages messages;

  private String name;
  private Organisation.Kind kind;
  private List<AccountView.OrganisationView> organisations;

  public List<AccountView.OrganisationView> getOrganisations() {
    if (organisations == null) {
      organisations = administration.organisations();
    }
    return organisations;
  }

  public void add() {
    try {
      administration.addOrganisation(name, kind);
      messages.info("admin.organisation.added");
      name = null;
      kind = null;
      organisations = null;
    } catch (InvalidInput refused) {
      messages.fieldErrors("organisation", refused.fieldErrors());
    }
  }

  public Organisation.Kind[] getKinds() {
    return Organisation.Kind.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Organisation.Kind getKind() {
    return kind;
  }

  public void setKind(Organisation.Kind kind) {
    this.kind = kind;
  }
}
