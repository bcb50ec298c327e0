package org.parity.network.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parity.network.application.EventCalendars;

/**
 * Calendars of a network's events: {@code /networks/{slug}/events.ics} (a feed to subscribe to) and
 * {@code /networks/{slug}/events/{id}.ics} (one event to add), both forwarded here by {@link
 * NetworkAddresses}. A closed network's calendars are for its members: anyone else gets a 404.
 */
@WebServlet(urlPatterns = EventCalendarServlet.PATH)
public class EventCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/event-calendar";

  @Inject transient EventCalendars events;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getParameter("slug");
    String id = request.getParameter("id");
    String calendar;
    try {
      calendar =
          id == null
              ? events.calendar(slug, base(request))
              : events.calendar(slug, Long.parseLong(id), base(request));
    } catch (EJBAccessException | NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = calendar.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        (id == null ? "inline" : "attachment")
            + "; filename=\""
            + slug
            + (id == null ? "-events" : "-event-" + id)
            + ".ics\"");
    // The online link is in it for people with a place, so no shared cache keeps a copy.
    response.setHeader("Cache-Control", "private, no-cache");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The site's address as the browser reached it, for links in the calendar. */
  private static String base(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
