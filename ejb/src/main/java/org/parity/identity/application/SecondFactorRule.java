package org.parity.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Role;
import org.parity.platform.Configuration;

/**
 * Which roles must sign in with a second factor: PARITY_SECOND_FACTOR_ROLES (comma-separated, or
 * {@code none}), by default those who can change what others see or do: ADMIN, PUBLISHER and
 * FACILITATOR.
 */
@Dependent
public class SecondFactorRule {

  static final String DEFAULT_ROLES = "ADMIN,PUBLISHER,FACILITATOR";

  @Inject Configuration configuration;

  public boolean requiredFor(Account account) {
    return requiredRoles(configuration.value("PARITY_SECOND_FACTOR_ROLES").orElse(DEFAULT_ROLES))
        .stream()
        .anyMatch(account::hasRole);
  }

  /** The roles a setting names; unknown names are ignored, {@code none} names none. */
  static Set<Role> requiredRoles(String setting) {
    return Arrays.stream(setting.split(","))
        .map(name -> name.trim().toUpperCase(Locale.ROOT))
        .filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
        .map(Role::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }
}
