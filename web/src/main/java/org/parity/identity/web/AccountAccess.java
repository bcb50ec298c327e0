package org.parity.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.identity.application.AccountAdministrationService;
import org.parity.identity.application.AccountClosure;
import org.parity.identity.application.AccountView;
import org.parity.identity.application.PersonalDataExports;
import org.parity.identity.domain.Role;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /admin/account page: one account's roles, organisations and whether it may sign in. */
@Named
@ViewScoped
public class AccountAccess implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministrationService administration;
  @Inject PageMessages messages;
  @Inject PersonalDataExports exports;
  @Inject AccountClosure closure;

  private Long id;
  private String exportReason;
  private String erasureReason;
  private boolean erasureRemovesPosts;
  private AccountView account;
  private List<String> roles = new ArrayList<>();
  private List<Long> organisationIds = new ArrayList<>();
  private List<AccountView.OrganisationView> organisations;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      account = administration.account(id);
      roles = new ArrayList<>(account.roles());
      organisationIds =
          new ArrayList<>(
              account.organisations().stream().map(AccountView.OrganisationView::id).toList());
      organisations = administration.organisations();
    } catch (InvalidInput unknown) {
      account = null;
      messages.error("admin.accountUnknown");
    }
  }

  public void save() {
    try {
      Set<Role> chosen = EnumSet.noneOf(Role.class);
      roles.forEach(role -> chosen.add(Role.valueOf(role)));
      administration.updateAccess(id, chosen, organisationIds);
      messages.info("admin.account.saved");
      account = administration.account(id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("access", refused.fieldErrors());
    }
  }

  public void disable() {
    try {
      administration.disable(id);
      messages.info("admin.account.disabled");
      account = administration.account(id);
    } catch (InvalidInput refused) {
      refused.fieldErrors().values().forEach(messages::error);
    }
  }

  /** A subject-access request received elsewhere: a copy of this person's data, for the admin. */
  public void exportData() {
    try {
      exports.requestFor(id, exportReason, PageAddress.base());
      messages.info("data.admin.requested");
      exportReason = null;
    } catch (InvalidInput refused) {
      messages.fieldErrors("dataCopy", refused.fieldErrors());
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    }
  }

  /** An erasure asked for elsewhere: at once, with the reason in the security log. */
  public void erase() {
    try {
      closure.eraseFor(id, erasureReason, erasureRemovesPosts);
      messages.info("closure.admin.erased");
      erasureReason = null;
      account = administration.account(id);
    } catch (InvalidInput refused) {
      messages.fieldErrors("erase", refused.fieldErrors());
    } catch (OutOfTurn refused) {
      messages.refused(refused);
    } catch (NotAllowedException gone) {
      messages.error("admin.accountUnknown");
    }
  }

  public String getErasureReason() {
    return erasureReason;
  }

  public void setErasureReason(String erasureReason) {
    this.erasureReason = erasureReason;
  }

  public boolean isErasureRemovesPosts() {
    return erasureRemovesPosts;
  }

  public void setErasureRemovesPosts(boolean erasureRemovesPosts) {
    this.erasureRemovesPosts = erasureRemovesPosts;
  }

  public String getExportReason() {
    return exportReason;
  }

  public void setExportReason(String exportReason) {
    this.exportReason = exportReason;
  }

  public void enable() {
    administration.enable(id);
    messages.info("admin.account.enabled");
    account = administration.account(id);
  }

  public List<String> getAllRoles() {
    return Arrays.asList(Role.NAMES);
  }

  public List<AccountView.OrganisationView> getOrganisations() {
    return organisations;
  }

  public AccountView getAccount() {
    return account;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public List<Long> getOrganisationIds() {
    return organisationIds;
  }

  public void setOrganisationIds(List<Long> organisationIds) {
    this.organisationIds = organisationIds;
  }
}
