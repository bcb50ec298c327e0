package org.parity.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.parity.identity.domain.Profile;
import org.parity.platform.InvalidInput;
import org.parity.platform.taxonomy.Taxonomy;

/** The checks a profile passes wherever it is written: registration and profile editing. */
@Dependent
class ProfileRules {

  @Inject Taxonomy taxonomy;

  void check(Profile profile, InvalidInput.Collector errors) {
    String name = profile.displayName() == null ? "" : profile.displayName().trim();
    if (name.isEmpty()) {
      errors.add("displayName", "displayName.required");
    } else if (name.length() > Profile.MAX_DISPLAY_NAME) {
      errors.add("displayName", "displayName.tooLong");
    }
    if (!taxonomy.contains(Taxonomy.PROFESSION, profile.profession())) {
      errors.add("profession", "profession.required");
    }
    if (profile.region() != null
        && !profile.region().isBlank()
        && !taxonomy.contains(Taxonomy.REGION, profile.region())) {
      errors.add("region", "region.unknown");
    }
    if (tooLong(profile.organisationName(), 200)) {
      errors.add("organisationName", "field.tooLong");
    }
    if (tooLong(profile.registrationBody(), 100)) {
      errors.add("registrationBody", "field.tooLong");
    }
    if (tooLong(profile.registrationNumber(), 40)) {
      errors.add("registrationNumber", "field.tooLong");
    }
  }

  private static boolean tooLong(String value, int max) {
    return value != null && value.trim().length() > max;
  }
}
