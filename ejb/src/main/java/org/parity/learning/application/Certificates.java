package org.parity.learning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.domain.Organisation;
import org.parity.learning.application.LearningViews.CertificateView;
import org.parity.learning.domain.Certificate;
import org.parity.learning.domain.LearningException;
import org.parity.learning.infrastructure.CertificatePdf;
import org.parity.learning.infrastructure.Enrolments;

/** Certificates: anyone may check one by its code; only its holder may download it as a PDF. */
@Stateless
@PermitAll
public class Certificates {

  @Inject LearningRights learning;
  @Inject Enrolments enrolments;
  @Inject CertificatePdf pdf;
  @Inject Curricula curricula;
  @Inject Clock clock;

  public Optional<CertificateView> verify(String code) {
    return find(code).map(Certificates::view);
  }

  /** The PDF of one of the caller's own certificates. */
  public byte[] pdfOfMine(String code, String verifyAddress) {
    Certificate certificate =
        learning.own(
            find(code), (c, me) -> c.getLearner().getId().equals(me.getId()), "certificate");
    return pdf.render(certificate, verifyAddress);
  }

  /**
   * Revokes a certificate: only a PUBLISHER of the module's owner, or of one of the curriculum's
   * publishers, may; the public page then says so, with the reason.
   */
  @RolesAllowed("PUBLISHER")
  public void revoke(String code, String reason) {
    Certificate certificate =
        find(code).orElseThrow(() -> new LearningException("No certificate has that code."));
    List<Organisation> publishers =
        certificate.getKind() == Certificate.Kind.MODULE
            ? curricula.moduleVersion(certificate.getSubjectVersionId()).stream()
                .map(m -> m.getModule().getOwner())
                .toList()
            : curricula.curriculumVersion(certificate.getSubjectVersionId()).stream()
                .flatMap(c -> c.getPublishers().stream())
                .toList();
    learning.requireSpeaksFor(publishers, "what this certificate certifies");
    certificate.revoke(reason, clock.instant());
  }

  private Optional<Certificate> find(String code) {
    if (code == null || !code.matches("[A-Z0-9]{1,20}")) {
      return Optional.empty();
    }
    return enrolments.certificate(code);
  }

  private static CertificateView view(Certificate c) {
    return new CertificateView(
        c.getCode(),
        c.getLearnerName(),
        c.getKind().name(),
        c.getTitle(),
        c.getVersionNumber(),
        c.getPublishers(),
        c.getCpdHours(),
        c.getIssuedAt(),
        c.isRevoked(),
        c.getRevokedAt(),
        c.getRevokedReason(),
        c.getOutcomesMet());
  }
}
