package org.parity.identity.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A person's account: how they sign in (email and password hash), who they are professionally (the
 * profile), what they may do (roles) and which organisations they belong to.
 */
// Read on every signed-in request (who is asking, with which roles): kept in the second-level
// cache, which every change through JPA updates, and found by e-mail through its natural id.
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@NamedQuery(
    name = "Account.byOrganisationLink",
    query = "select a from Account a where a.oidcIssuer = :issuer and a.oidcSubject = :subject")
@NamedQuery(
    name = "Account.countWithRole",
    query = "select count(a) from Account a join a.roles r where r = :role")
@NamedQuery(
    name = "Account.withRoleIn",
    query =
        "select distinct a from Account a join a.roles r join a.organisations o"
            + " where r = :role and o = :organisation and a.enabled = true order by a.email")
@NamedQuery(
    name = "Account.search",
    query =
        "select a from Account a where lower(a.email) like :pattern or lower(a.displayName) like :pattern"
            + " order by a.displayName, a.id")
@NamedQuery(
    name = "Account.countSearch",
    query =
        "select count(a) from Account a where lower(a.email) like :pattern"
            + " or lower(a.displayName) like :pattern")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @NaturalId private String email;
  private String displayName;
  private String profession;
  private String organisationName;
  private String registrationBody;
  private String registrationNumber;
  private String region;
  private String passwordHash;
  private boolean mustChangePassword;
  private Instant emailVerifiedAt;
  private boolean enabled = true;
  private Instant createdAt;

  /** Sessions remember the generation they began in; raising it ends every one of them. */
  private int sessionGeneration;

  // The second factor: a TOTP secret once its owner has confirmed a code from it, and the last
  // 30-second step a code was accepted for (so no code works twice).
  private String totpSecret;
  private Instant totpEnabledAt;
  private long totpLastStep;

  // The organisation's OpenID provider this account signs in through, if any, and who it is there.
  private String oidcIssuer;
  private String oidcSubject;
  private Instant oidcLinkedAt;

  // Closing: the day it closes unless cancelled (and whether their posts go too), then when it did.
  private Instant closureDueAt;
  private boolean closureRemovesPosts;
  private Instant erasedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany
  @JoinTable(
      name = "account_organisation",
      joinColumns = @JoinColumn(name = "account_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> organisations = new LinkedHashSet<>();

  @Version private long version;

  protected Account() {}

  public Account(String email, Profile profile, String passwordHash, Instant now) {
    this.email = EmailAddress.normalise(email);
    this.passwordHash = passwordHash;
    this.createdAt = now;
    updateProfile(profile);
  }

  public void updateProfile(Profile profile) {
    this.displayName = profile.displayName().trim();
    this.profession = profile.profession();
    this.organisationName = blankToNull(profile.organisationName());
    this.registrationBody = blankToNull(profile.registrationBody());
    this.registrationNumber = blankToNull(profile.registrationNumber());
    this.region = blankToNull(profile.region());
  }

  public Profile profile() {
    return new Profile(
        displayName, profession, organisationName, registrationBody, registrationNumber, region);
  }

  public void verifyEmail(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  /** A new password ends every session signed in with the old one. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    endAllSessions();
  }

  /** From now on the organisation's provider vouches for this account (one link a person). */
  public void linkOrganisation(String issuer, String subject, Instant now) {
    this.oidcIssuer = issuer;
    this.oidcSubject = subject;
    this.oidcLinkedAt = now;
  }

  public boolean hasOrganisationLink() {
    return oidcIssuer != null;
  }

  public String getOidcIssuer() {
    return oidcIssuer;
  }

  public Instant getOidcLinkedAt() {
    return oidcLinkedAt;
  }

  public boolean hasSecondFactor() {
    return totpEnabledAt != null;
  }

  /** Turns the second factor on, with the step of the code that confirmed it already used. */
  public void enableSecondFactor(String secret, long confirmedStep, Instant now) {
    this.totpSecret = secret;
    this.totpEnabledAt = now;
    this.totpLastStep = confirmedStep;
  }

  public void disableSecondFactor() {
    this.totpSecret = null;
    this.totpEnabledAt = null;
    this.totpLastStep = 0;
  }

  /** Takes a code's time step once: a step at or before the last one taken is refused. */
  public boolean takeTotpStep(long step) {
    if (step <= totpLastStep) {
      return false;
    }
    totpLastStep = step;
    return true;
  }

  public String getTotpSecret() {
    return totpSecret;
  }

  public Instant getTotpEnabledAt() {
    return totpEnabledAt;
  }

  /** The same password hashed again with today's parameters: no session ends for it. */
  public void rehashPassword(String newHash) {
    this.passwordHash = newHash;
  }

  /** Every session of this account, here or on another device, ends at its next request. */
  public void endAllSessions() {
    sessionGeneration++;
  }

  /**
   * A password someone else chose (the bootstrap administrator's) must be replaced at first use.
   */
  public void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  public void grant(Role role) {
    roles.add(role);
  }

  /** Losing a role ends the account's sessions: nothing keeps rights granted before. */
  public void replaceRoles(Set<Role> newRoles) {
    if (!newRoles.containsAll(roles)) {
      endAllSessions();
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void replaceOrganisations(Set<Organisation> newOrganisations) {
    if (!newOrganisations.containsAll(organisations)) {
      endAllSessions();
    }
    organisations.clear();
    organisations.addAll(newOrganisations);
  }

  public void disable() {
    enabled = false;
    endAllSessions();
  }

  public void enable() {
    enabled = true;
  }

  /** The person asked to close the account: it closes at {@code due} unless they cancel first. */
  public void requestClosure(Instant due, boolean removePosts) {
    closureDueAt = due;
    closureRemovesPosts = removePosts;
  }

  public void cancelClosure() {
    closureDueAt = null;
    closureRemovesPosts = false;
  }

  public Instant getClosureDueAt() {
    return closureDueAt;
  }

  public boolean isClosureRemovesPosts() {
    return closureRemovesPosts;
  }

  /** A former member's row: nothing personal left, kept for what others' records point at. */
  public boolean isErased() {
    return erasedAt != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getProfession() {
    return profession;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public String getRegion() {
    return region;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public int getSessionGeneration() {
    return sessionGeneration;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public Set<Organisation> getOrganisations() {
    return Collections.unmodifiableSet(organisations);
  }
}
