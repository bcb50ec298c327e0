package org.parity.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Remembers the language picked with the header's switch ({@code ?lang=cy} or {@code ?lang=en}).
 */
@WebFilter(urlPatterns = "/*")
public class LanguageChoiceFilter extends HttpFilter {

  static final String SESSION_KEY = "parity.locale";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String lang = request.getParameter("lang");
    if ("cy".equals(lang)) {
      request.getSession().setAttribute(SESSION_KEY, LocaleSelection.WELSH);
    } else if ("en".equals(lang)) {
      request.getSession().setAttribute(SESSION_KEY, LocaleSelection.ENGLISH);
    }
    chain.doFilter(request, response);
  }
}
