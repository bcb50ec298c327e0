package org.parity.network.web;

import jakarta.inject.Inject;
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
 * Serves {@code /networks/{slug}} with network.xhtml, {@code /networks/{slug}/threads/{id}} with
 * thread.xhtml, {@code /networks/{slug}/teams/{id}} with team.xhtml and its {@code …/plan} with
 * action-plan.xhtml, a thread's {@code …/promote} with promote.xhtml, {@code …/library} with
 * library.xhtml and {@code …/library/{id}} with library-resource.xhtml; {@code /networks} is the
 * list itself.
 */
@WebFilter(urlPatterns = "/networks/*")
public class NetworkAddresses extends HttpFilter {

  @Inject VisitorThreadPages visitorPages;

  private static final Pattern NETWORK = Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)$");

  /** A facilitator's page of a network: its address's last part, and the Facelet that shows it. */
  private static final Pattern FACILITATORS_PAGE =
      Pattern.compile(
          "^/networks/([a-z0-9]+(-[a-z0-9]+)*)/(moderation|clinical-safety|facilitate)$");

  private static final Pattern THREAD =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/threads/([0-9]{1,18})$");
  private static final Pattern TEAM =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/teams/([0-9]{1,18})(/plan)?$");
  private static final Pattern PROGRAMME =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/programmes/([0-9]{1,18})$");
  private static final Pattern PROMOTE =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/threads/([0-9]{1,18})/promote$");
  private static final Pattern EVENTS =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/events(\\.ics)?$");
  private static final Pattern EVENT =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/events/([0-9]{1,18})(\\.ics)?$");
  private static final Pattern LIBRARY =
      Pattern.compile("^/networks/([a-z0-9]+(-[a-z0-9]+)*)/library(/([0-9]{1,18}))?$");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageAddress.path(request);
    if (path.equals("/networks") || path.equals("/networks/")) {
      chain.doFilter(request, response);
      return;
    }
    Matcher network = NETWORK.matcher(path);
    Matcher thread = THREAD.matcher(path);
    if (network.matches() && path.length() < 140) {
      request
          .getRequestDispatcher("/network.xhtml?slug=" + network.group(1))
          .forward(request, response);
    } else if (path.length() < 160 && FACILITATORS_PAGE.matcher(path).matches()) {
      Matcher page = FACILITATORS_PAGE.matcher(path);
      page.matches();
      request
          .getRequestDispatcher("/" + page.group(3) + ".xhtml?slug=" + page.group(1))
          .forward(request, response);
    } else if (path.length() < 180 && LIBRARY.matcher(path).matches()) {
      Matcher library = LIBRARY.matcher(path);
      library.matches();
      request
          .getRequestDispatcher(
              library.group(4) == null
                  ? "/library.xhtml?slug=" + library.group(1)
                  : "/library-resource.xhtml?slug=" + library.group(1) + "&id=" + library.group(4))
          .forward(request, response);
    } else if (path.length() < 180 && TEAM.matcher(path).matches()) {
      Matcher team = TEAM.matcher(path);
      team.matches();
      request
          .getRequestDispatcher(
              (team.group(4) == null ? "/team.xhtml" : "/action-plan.xhtml")
                  + "?slug="
                  + team.group(1)
                  + "&id="
                  + team.group(3))
          .forward(request, response);
    } else if (path.length() < 190 && PROGRAMME.matcher(path).matches()) {
      Matcher programme = PROGRAMME.matcher(path);
      programme.matches();
      request
          .getRequestDispatcher(
              "/programme.xhtml?slug=" + programme.group(1) + "&id=" + programme.group(3))
          .forward(request, response);
    } else if (path.length() < 190 && PROMOTE.matcher(path).matches()) {
      Matcher promote = PROMOTE.matcher(path);
      promote.matches();
      request
          .getRequestDispatcher(
              "/promote.xhtml?slug=" + promote.group(1) + "&id=" + promote.group(3))
          .forward(request, response);
    } else if (thread.matches() && path.length() < 180) {
      String slug = thread.group(1);
      long id = Long.parseLong(thread.group(3));
      visitorPages.serve(
          request,
          response,
          slug,
          id,
          into ->
              request
                  .getRequestDispatcher("/thread.xhtml?slug=" + slug + "&id=" + id)
                  .forward(request, into));
    } else if (path.length() < 180
        && (EVENTS.matcher(path).matches() || EVENT.matcher(path).matches())) {
      events(path, request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /**
   * {@code /networks/{slug}/events} and {@code …/events/{id}} are pages; with {@code .ics} they are
   * calendars, written by {@link EventCalendarServlet}.
   */
  private static void events(String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Matcher list = EVENTS.matcher(path);
    Matcher one = EVENT.matcher(path);
    String target;
    if (list.matches()) {
      target =
          (list.group(3) == null ? "/network-events.xhtml" : EventCalendarServlet.PATH)
              + "?slug="
              + list.group(1);
    } else {
      one.matches();
      target =
          (one.group(4) == null ? "/network-event.xhtml" : EventCalendarServlet.PATH)
              + "?slug="
              + one.group(1)
              + "&id="
              + one.group(3);
    }
    request.getRequestDispatcher(target).forward(request, response);
  }
}
