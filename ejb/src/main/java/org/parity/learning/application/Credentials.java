package org.parity.learning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Organisation;
import org.parity.identity.infrastructure.Organisations;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.LearningException;
import org.parity.learning.infrastructure.Enrolments;
import org.parity.learning.infrastructure.IssuerKeys;
import org.parity.learning.infrastructure.OpenBadges;
import org.parity.learning.infrastructure.OpenBadges.Checked;

/**
 * Certificates as Open Badges 3.0 credentials: the holder downloads one, signed with the key of the
 * publisher that certifies it (the module's owner, or the curriculum's lead publisher); anyone may
 * verify one (its signature, its validity period, and whether the certificate was since revoked)
 * and read the publishers' public keys.
 */
@Stateless
@PermitAll
public class Credentials {

  /** Where the issuers' Profiles and keys are read, under the site's address. */
  public static final String ISSUERS = "/api/v1/credentials/issuers/";

  public static final String CREDENTIALS = "/credentials/";

  /** What verifying a credential found: {@code problem} is null when it holds. */
  public record Verification(
      String problem,
      String code,
      String title,
      String issuer,
      String learnerName,
      Instant issuedAt,
      Instant revokedAt,
      String revokedReason) {

    public boolean valid() {
      return problem == null;
    }
  }

  /** A publisher as its credentials name it. */
  public record IssuerProfile(String id, String type, String name, String url, String jwks) {}

  @Inject LearningRights learning;
  @Inject Enrolments enrolments;
  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject IssuerKeys keys;
  @Inject Clock clock;

  /** One of the caller's own certificates as a signed credential (a VC-JWT). */
  public String mine(String code, String base) {
    Certificate certificate =
        learning.own(
            find(code), (c, me) -> c.getLearner().getId().equals(me.getId()), "certificate");
    if (certificate.isRevoked()) {
      throw new LearningException(
          "This certificate was revoked: there is no credential to take.", "credential.revoked");
    }
    Organisation publisher = issuerOf(certificate).orElseThrow();
    Map<String, Object> credential =
        OpenBadges.credential(
            base + CREDENTIALS + certificate.getCode(),
            new OpenBadges.Issuer(
                base + ISSUERS + publisher.getSlug(), publisher.getName(), base + "/"),
            achievement(certificate, base),
            certificate.getLearner().getEmail(),
            certificate.getCode(),
            certificate.getIssuedAt());
    return OpenBadges.sign(credential, keys.signingKey(publisher));
  }

  /**
   * Verifies a credential: signed by a Parity publisher's key, for that publisher, within its
   * validity, and for a certificate that exists and was not revoked.
   */
  public Verification verify(String compact) {
    Checked checked = OpenBadges.verify(compact, keys.publicKeys(), clock.instant());
    if (!checked.valid()) {
      return refused(checked.problem().name());
    }
    String id = String.valueOf(checked.credential().get("id"));
    String code = id.substring(id.lastIndexOf('/') + 1);
    Optional<Certificate> found = id.contains(CREDENTIALS) ? find(code) : Optional.empty();
    if (found.isEmpty()) {
      return refused("UNKNOWN_CERTIFICATE");
    }
    Certificate certificate = found.get();
    Optional<Organisation> issuer = issuerOf(certificate);
    if (issuer.isEmpty()) {
      return refused("UNKNOWN_CERTIFICATE");
    }
    Organisation publisher = issuer.get();
    boolean samePublisher =
        keys.publisherOf(checked.keyId())
            .map(p -> p.getId().equals(publisher.getId()))
            .orElse(false);
    if (!samePublisher) {
      return refused("WRONG_ISSUER");
    }
    return new Verification(
        certificate.isRevoked() ? "REVOKED" : null,
        certificate.getCode(),
        certificate.getTitle(),
        publisher.getName(),
        certificate.getLearnerName(),
        certificate.getIssuedAt(),
        certificate.getRevokedAt(),
        certificate.getRevokedReason());
  }

  /** The public keys of every publisher that has signed, as a JWK Set. */
  public String jwks() {
    return keys.publicKeys().toString(true);
  }

  public Optional<IssuerProfile> issuer(String slug, String base) {
    return organisations
        .bySlug(slug)
        .map(
            o ->
                new IssuerProfile(
                    base + ISSUERS + o.getSlug(),
                    "Profile",
                    o.getName(),
                    base + "/",
                    base + "/api/v1/credentials/jwks"));
  }

  private static Verification refused(String problem) {
    return new Verification(problem, null, null, null, null, null, null, null);
  }

  private Optional<Organisation> issuerOf(Certificate certificate) {
    if (certificate.getKind() == Certificate.Kind.MODULE) {
      return curricula
          .moduleVersion(certificate.getSubjectVersionId())
          .map(m -> m.getModule().getOwner());
    }
    return curricula
        .curriculumVersion(certificate.getSubjectVersionId())
        .flatMap(c -> c.getPublishers().stream().findFirst());
  }

  private OpenBadges.Achievement achievement(Certificate certificate, String base) {
    boolean module = certificate.getKind() == Certificate.Kind.MODULE;
    String slug =
        module
            ? curricula
                .moduleVersion(certificate.getSubjectVersionId())
                .map(ModuleVersion::getModule)
                .orElseThrow()
                .getSlug()
            : curricula
                .curriculumVersion(certificate.getSubjectVersionId())
                .map(CurriculumVersion::getCurriculum)
                .orElseThrow()
                .getSlug();
    String what = module ? "module" : "curriculum";
    return new OpenBadges.Achievement(
        base
            + (module ? "/modules/" : "/curricula/")
            + slug
            + "#v"
            + certificate.getVersionNumber(),
        certificate.getTitle(),
        "The "
            + what
            + " "
            + certificate.getTitle()
            + " (version "
            + certificate.getVersionNumber()
            + ") on Parity, worth "
            + certificate.getCpdHours().stripTrailingZeros().toPlainString()
            + " CPD hours.",
        "Completed every unit of the "
            + what
            + " and passed each of its quizzes, as Parity recorded.",
        "Course");
  }

  private Optional<Certificate> find(String code) {
    if (code == null || !code.matches("[A-Z0-9]{1,20}")) {
      return Optional.empty();
    }
    return enrolments.certificate(code);
  }
}
