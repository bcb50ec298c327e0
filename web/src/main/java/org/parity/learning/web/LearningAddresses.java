package org.parity.learning.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.platform.web.PageAddress;

/**
 * Serves the stable addresses {@code /learn/{enrolmentId}} (the player, learn.xhtml) and {@code
 * /certificates/{code}} (public verification, certificate.xhtml) and {@code /credentials/{code}}
 * (verifying its Open Badges credential, credential.xhtml); anything else there is a 404.
 */
@WebFilter(urlPatterns = {"/learn/*", "/certificates/*", "/credentials/*"})
public class LearningAddresses extends HttpFilter {

  private static final Pattern ENROLMENT = Pattern.compile("^/learn/([0-9]{1,18})$");
  private static final Pattern CERTIFICATE = Pattern.compile("^/certificates/([A-Za-z0-9]{1,20})$");
  private static final Pattern CREDENTIAL = Pattern.compile("^/credentials/([A-Za-z0-9]{1,20})$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    Matcher enrolment = ENROLMENT.matcher(path);
    Matcher certificate = CERTIFICATE.matcher(path);
    Matcher credential = CREDENTIAL.matcher(path);
    if (enrolment.matches()) {
      request
          .getRequestDispatcher("/learn.xhtml?e=" + enrolment.group(1))
          .forward(request, response);
    } else if (certificate.matches()) {
      request
          .getRequestDispatcher("/certificate.xhtml?code=" + certificate.group(1).toUpperCase())
          .forward(request, response);
    } else if (credential.matches()) {
      request
          .getRequestDispatcher("/credential.xhtml?code=" + credential.group(1).toUpperCase())
          .forward(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
