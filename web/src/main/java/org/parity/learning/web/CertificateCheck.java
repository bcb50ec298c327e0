package org.parity.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.parity.learning.application.Certificates;
import org.parity.learning.application.LearningViews.CertificateView;

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
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().responseSendError(404, "Not found");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
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
