package org.parity.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Profile;

/** An account as pages show it: no password hash, nothing lazy. */
public record AccountView(
    long id,
    String email,
    Profile profile,
    Set<String> roles,
    List<OrganisationView> organisations,
    boolean enabled,
    boolean emailVerified,
    boolean mustChangePassword,
    Instant createdAt,
    Instant closureDueAt,
    boolean erased)
    implements Serializable {

  public static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getEmail(),
        account.profile(),
        new TreeSet<>(account.getRoles().stream().map(Enum::name).toList()),
        account.getOrganisations().stream()
            .map(OrganisationView::of)
            .sorted(java.util.Comparator.comparing(OrganisationView::name))
            .toList(),
        account.isEnabled(),
        account.isEmailVerified(),
        account.isMustChangePassword(),
        account.getCreatedAt(),
        account.getClosureDueAt(),
        account.isErased());
  }

  /** Display helpers for EL, which cannot call record components of nested records easily. */
  public String getDisplayName() {
    return profile.displayName();
  }

  public String getEmail() {
    return email;
  }

  public long getId() {
    return id;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public boolean isErased() {
    return erased;
  }

  public Instant getClosureDueAt() {
    return closureDueAt;
  }

  public String getRoleList() {
    return String.join(", ", roles);
  }

  public String getOrganisationList() {
    return String.join(", ", organisations.stream().map(OrganisationView::name).toList());
  }

  /** An organisation as pages show it. */
  public record OrganisationView(long id, String slug, String name, Organisation.Kind kind)
      implements Serializable {
    public static OrganisationView of(Organisation organisation) {
      return new OrganisationView(
          organisation.getId(),
          organisation.getSlug(),
          organisation.getName(),
          organisation.getKind());
    }
  }
}
