package org.parity.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.identity.application.AccountSettingsService;
import org.parity.identity.domain.Profile;
import org.parity.platform.InvalidInput;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.taxonomy.TaxonomyTerm;
import org.parity.platform.web.PageMessages;

/** The /me/profile page. */
@Named
@ViewScoped
public class ProfileSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountSettingsService settings;
  @Inject Taxonomy taxonomy;
  @Inject PageMessages messages;
  @Inject CurrentUser currentUser;

  private String displayName;
  private String profession;
  private String organisationName;
  private String registrationBody;
  private String registrationNumber;
  private String region;
  private transient List<TaxonomyTerm> professions;
  private transient List<TaxonomyTerm> regions;

  public void load() {
    if (displayName == null) {
      Profile profile = settings.myAccount().profile();
      displayName = profile.displayName();
      profession = profile.profession();
      organisationName = profile.organisationName();
      registrationBody = profile.registrationBody();
      registrationNumber = profile.registrationNumber();
      region = profile.region();
    }
  }

  public void save() {
    try {
      settings.updateMyProfile(
          new Profile(
              displayName,
              profession,
              organisationName,
              registrationBody,
              registrationNumber,
              region));
      currentUser.forget();
      messages.info("profile.saved");
    } catch (InvalidInput refused) {
      messages.fieldErrors("profile", refused.fieldErrors());
    }
  }

  public List<TaxonomyTerm> getProfessions() {
    if (professions == null) {
      professions = taxonomy.terms(Taxonomy.PROFESSION);
    }
    return professions;
  }

  public List<TaxonomyTerm> getRegions() {
    if (regions == null) {
      regions = taxonomy.terms(Taxonomy.REGION);
    }
    return regions;
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

  public String getRegistrationBody() {
    return registrationBody;
  }

  public void setRegistrationBody(String registrationBody) {
    this.registrationBody = registrationBody;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }
}
