package org.parity.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.learning.application.Certificates;
import org.parity.learning.application.Credentials;
import org.parity.learning.application.Credentials.Verification;
import org.parity.learning.application.LearningViews.CertificateView;
import org.parity.platform.web.PageAddress;

/**
 * The public page /credentials/{code}: the certificate's Open Badges credential, and a form where
 * whoever was shown one (an employer, a regulator) pastes it to have it verified.
 */
@Named
@RequestScoped
public class CredentialCheck {

  @Inject Certificates certificates;
  @Inject Credentials credentials;

  private String code;
  private String credential;
  private CertificateView certificate;
  private Verification verification;

  public void load() {
    if (getCertificate() == null) {
      PageAddress.notFound();
    }
  }

  public void check() {
    verification = credentials.verify(credential);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCredential() {
    return credential;
  }

  public void setCredential(String credential) {
    this.credential = credential;
  }

  public CertificateView getCertificate() {
    if (certificate == null && code != null) {
      certificate = certificates.verify(code).orElse(null);
    }
    return certificate;
  }

  /** The credential checked is another certificate's than this page's. */
  public boolean isOtherCertificate() {
    return verification != null && verification.code() != null && !verification.code().equals(code);
  }

  public Verification getVerification() {
    return verification;
  }
}
