package org.parity.identity.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parity.identity.application.PersonalDataExports;
import org.parity.identity.application.PersonalDataExports.Archive;
import org.parity.platform.OutOfTurn;

/**
 * {@code /me/data/download?id=…}: the zip of a copy, for whoever asked for it (signed in: the
 * address is under /me). Anyone else gets 404; a copy past its week, 410.
 */
@WebServlet(urlPatterns = "/me/data/download")
public class DataCopyDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonalDataExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (id == null || !id.matches("[0-9]{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Archive archive;
    try {
      archive = exports.download(Long.parseLong(id));
    } catch (EJBAccessException notTheirs) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (OutOfTurn gone) {
      response.sendError(HttpServletResponse.SC_GONE);
      return;
    }
    response.setContentType("application/zip");
    response.setContentLength(archive.content().length);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"");
    response.getOutputStream().write(archive.content());
  }
}
