package org.parity.casestudy.web;

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
 * Serves {@code /case-studies/{slug}} (the study), {@code /case-studies/new} and {@code
 * /case-studies/{slug}/edit} (the form), {@code /case-studies/mine} and {@code
 * /case-studies/review}. {@code /case-studies} itself is the search page and {@code
 * /case-studies/attachments/{id}} the files; both go on unchanged. The writing pages ask whoever is
 * not signed in to sign in first.
 */
@WebFilter(urlPatterns = "/case-studies/*")
public class CaseStudyAddresses extends HttpFilter {

  private static final String SLUG = "([a-z0-9]+(-[a-z0-9]+)*)";
  private static final Pattern STUDY = Pattern.compile("^/case-studies/" + SLUG + "$");
  private static final Pattern EDIT = Pattern.compile("^/case-studies/" + SLUG + "/edit$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    if (path.equals("/case-studies")
        || path.equals("/case-studies/")
        || path.startsWith(CaseStudyFiles.PREFIX)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.length() > 160) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Matcher study = STUDY.matcher(path);
    Matcher edit = EDIT.matcher(path);
    switch (path) {
      case "/case-studies/new" -> signedIn(request, response, "/case-study-edit.xhtml");
      case "/case-studies/mine" -> signedIn(request, response, "/case-studies-mine.xhtml");
      case "/case-studies/review" -> signedIn(request, response, "/case-study-review.xhtml");
      default -> {
        if (study.matches()) {
          request
              .getRequestDispatcher("/case-study.xhtml?slug=" + study.group(1))
              .forward(request, response);
        } else if (edit.matches()) {
          signedIn(request, response, "/case-study-edit.xhtml?slug=" + edit.group(1));
        } else {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
      }
    }
  }

  /** Forwards a signed-in person; sends anyone else to sign in and back here afterwards. */
  private static void signedIn(
      HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null && !request.authenticate(response)) {
      return;
    }
    request.getRequestDispatcher(target).forward(request, response);
  }
}
