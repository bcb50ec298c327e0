package org.parity.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.learning.application.Certificates;
import org.parity.learning.application.LearningViews.CertificateView;
import org.parity.platform.web.PageAddress;

/** The public page /certificates/{code}: valid, revoked, or a 404 for a code nobody was given. */
@Named
@RequestScoped
public class CertificateCheck {

  @Inject Certificates certificates;

  private String code;
  private CertificateView certificate;

  public void load() {
    certificate = certificates.verify(code).orElse(null);
    if (certificate == null) {
      PageAddress.notFound();
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CertificateView getCertificate() {
    return certificate;
  }
}
