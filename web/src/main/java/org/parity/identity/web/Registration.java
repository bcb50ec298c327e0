package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parity.identity.application.OrganisationDirectory;
import org.parity.identity.application.RegistrationRequest;
import org.parity.identity.application.RegistrationService;
import org.parity.identity.domain.Profile;
import org.parity.platform.Configuration;
import org.parity.platform.InvalidInput;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.taxonomy.TaxonomyTerm;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /register page. */
@Named
@RequestScoped
public class Registration {

  @Inject RegistrationService registration;
  @Inject OrganisationDirectory organisations;
  @Inject Taxonomy taxonomy;
  @Inject Configuration configuration;
  @Inject PageMessages messages;

  private String email;
  private String displayName;
  private String profession;
  private String organisationName;
  private String password;
  private String registeredEmail;
  private List<TaxonomyTerm> professions;

  public void submit() {
    try {
      registration.register(
          new RegistrationRequest(
              email,
              password,
              new Profile(displayName, profession, organisationName, null, null, null)),
          PageAddress.base());
      registeredEmail = email.trim();
    } catch (InvalidInput refused) {
      messages.fieldErrors("register", refused.fieldErrors());
    }
    password = null;
  }

  public List<String> suggestOrganisations(String typed) {
    return organisations.namesContaining(typed);
  }

  public List<TaxonomyTerm> getProfessions() {
    if (professions == null) {
      professions = taxonomy.terms(Taxonomy.PROFESSION);
    }
    return professions;
  }

  public boolean isDone() {
    return registeredEmail != null;
  }

  public boolean isMailHeldInOutbox() {
    return !configuration.smtpConfigured();
  }

  public String getRegisteredEmail() {
    return registeredEmail;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getProfession() {
    return profession;
  }

  public void setProfession(String profession) {
    this.profession = profession;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
