package org.parity.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Remembers the language picked with the header's switch ({@code ?lang=cy} or {@code ?lang=en}) in
 * a cookie, not the session: choosing Welsh must not cost an anonymous reader a session.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageChoiceFilter extends HttpFilter {

  static final String COOKIE = "parity-lang";
  static final String CHOSEN = "parity.locale";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String lang = request.getParameter("lang");
    if ("cy".equals(lang) || "en".equals(lang)) {
      Cookie cookie = new Cookie(COOKIE, lang);
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(ONE_YEAR);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      cookie.setSecure(request.isSecure());
      response.addCookie(cookie);
      request.setAttribute(CHOSEN, language(lang));
    } else if (request.getCookies() != null) {
      Arrays.stream(request.getCookies())
          .filter(c -> COOKIE.equals(c.getName()))
          .findFirst()
          .ifPresent(c -> request.setAttribute(CHOSEN, language(c.getValue())));
    }
    chain.doFilter(request, response);
  }

  private static Locale language(String tag) {
    return "cy".equals(tag) ? LocaleSelection.WELSH : LocaleSelection.ENGLISH;
  }
}
