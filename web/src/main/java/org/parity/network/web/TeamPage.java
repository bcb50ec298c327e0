package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.parity.casestudy.domain.FileType;
import org.parity.identity.application.Caller;
import org.parity.network.application.ActionPlans;
import org.parity.network.application.ActionPlans.PlanView;
import org.parity.network.application.Programmes;
import org.parity.network.application.Programmes.TeamProgramme;
import org.parity.network.application.TeamDiscussion;
import org.parity.network.application.TeamDiscussion.TeamThread;
import org.parity.network.application.TeamFiles;
import org.parity.network.application.TeamFiles.FileView;
import org.parity.network.application.TeamViews.TeamDetail;
import org.parity.network.application.Teams;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/teams/{id}: who is in the team, with their professions; invitations to
 * answer; and, for its leads and the network's facilitators, inviting, leads and closing. Read from
 * its address on every request, so it holds nothing between them.
 */
@Named
@RequestScoped
public class TeamPage {

  @Inject Teams teams;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject TeamFiles teamFiles;
  @Inject ActionPlans plans;
  @Inject TeamDiscussion discussion;
  @Inject Programmes programmeService;

  private String slug;
  private Long id;
  private TeamDetail team;
  private boolean refused;
  private String inviteEmail;
  private String candidate;
  private String course;
  private List<FileView> files;
  private PlanView plan;
  private List<TeamThread> threads;
  private List<TeamProgramme> programmes;
  private String threadTitle;
  private String threadBody;
  private Long moveMember;
  private Long moveTarget;
  private Long mergeTarget;
  private Part file;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    id = PageAddress.number("id");
    if (slug != null && id != null && caller.isSignedIn()) {
      try {
        team = teams.read(slug, id);
        readFiles();
      } catch (InvalidInput unknown) {
        team = null;
      } catch (EJBAccessException e) {
        refused = true;
      }
    }
  }

  /** Signs a visitor in first (an invitation's link may be their first visit); else 404 or 403. */
  public void load() {
    if (!caller.isSignedIn() && slug != null && id != null) {
      PageAddress.signInFirst("/networks/" + slug + "/teams/" + id);
    } else if (refused) {
      PageAddress.forbidden();
    } else if (team == null) {
      PageAddress.notFound();
    }
  }

  public void invite() {
    String email = candidate != null && !candidate.isBlank() ? candidate : inviteEmail;
    if (step(() -> teams.invite(slug, id, email, PageAddress.base()), "team.invited", "invite")) {
      inviteEmail = null;
      candidate = null;
    }
  }

  /** Enrols the whole team on the chosen curriculum or module. */
  public void enrol() {
    if (step(
        () -> teams.enrol(slug, id, course, PageAddress.base()), "team.enrolled", "learning")) {
      course = null;
    }
  }

  /** Turns the caller's nudges on or off. */
  public void nudges(boolean wanted) {
    step(
        () -> teams.wantNudges(slug, id, wanted),
        wanted ? "team.nudges.on" : "team.nudges.off",
        "nudges");
  }

  /** Adds a PDF or image to the team's files (the case-study upload rules). */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      messages.fieldError("files:file", "caseStudy.error.fileEmpty");
      return;
    }
    if (file.getSize() > FileType.MAX_BYTES) {
      messages.fieldError("files:file", "caseStudy.error.fileTooLarge");
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException unreadable) {
      messages.fieldError("files:file", "caseStudy.error.fileEmpty");
      return;
    }
    step(
        () -> teamFiles.attach(slug, id, file.getSubmittedFileName(), bytes),
        "team.file.added",
        "files");
  }

  public void removeFile(long fileId) {
    step(() -> teamFiles.remove(slug, id, fileId), "team.file.removed", "files");
  }

  public void accept() {
    step(() -> teams.answer(slug, id, true), "team.joined", "invite");
  }

  public void decline() {
    step(() -> teams.answer(slug, id, false), "team.declined", "invite");
  }

  public void makeLead(long memberId) {
    step(() -> teams.makeLead(slug, id, memberId), "team.leadMade", "invite");
  }

  public void stepDown(long memberId) {
    step(() -> teams.stepDown(slug, id, memberId), "team.leadStepped", "invite");
  }

  /** A facilitator moves a member into another team. */
  public void move() {
    if (moveMember == null || moveTarget == null) {
      messages.fieldError(
          "moving:" + (moveMember == null ? "moveMember" : "moveTarget"), "team.moveChoose");
      return;
    }
    step(() -> teams.move(slug, id, moveMember, moveTarget), "team.moved", "moving");
  }

  /** A facilitator merges this team into another; it closes. */
  public void merge() {
    if (mergeTarget == null) {
      messages.fieldError("merging:mergeTarget", "team.moveChoose");
      return;
    }
    step(() -> teams.merge(slug, id, mergeTarget), "team.merged", "merging");
  }

  public void close() {
    step(() -> teams.close(slug, id), "team.closed", "invite");
  }

  /** Runs one change and reads the team afresh; says on the page how it went. */
  private boolean step(Runnable change, String done, String form) {
    if (!messages.attempt(change, done, form)) {
      return false;
    }
    try {
      team = teams.read(slug, id);
      readFiles();
    } catch (EJBAccessException noLongerInvited) {
      // Someone who declined no longer sees the team: back to the network, with the message.
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug);
    }
    return true;
  }

  /** The team's files and plan, for the team and the network's facilitators; null for others. */
  private void readFiles() {
    try {
      files = teamFiles.of(slug, id);
      plan = plans.read(slug, id);
      threads = discussion.threads(slug, id);
      programmes = programmeService.ofTeam(slug, id);
    } catch (EJBAccessException notAnInsider) {
      files = null;
      plan = null;
      threads = null;
      programmes = null;
    }
  }

  /** Starts a thread in the team's private topic and opens it. */
  public void startThread() {
    long[] thread = new long[1];
    if (messages.attempt(
        () -> thread[0] = discussion.start(slug, id, threadTitle, threadBody),
        "team.discussion.started",
        "discussion")) {
      messages.keepForNextPage();
      PageAddress.redirect("/networks/" + slug + "/threads/" + thread[0]);
    }
  }

  /** The programmes the team is registered for, with who came; null for others. */
  public List<TeamProgramme> getProgrammes() {
    return programmes;
  }

  /** The team's private threads, for the team and the network's facilitators; else null. */
  public List<TeamThread> getThreads() {
    return threads;
  }

  public String getThreadTitle() {
    return threadTitle;
  }

  public void setThreadTitle(String threadTitle) {
    this.threadTitle = threadTitle;
  }

  public String getThreadBody() {
    return threadBody;
  }

  public void setThreadBody(String threadBody) {
    this.threadBody = threadBody;
  }

  public PlanView getPlan() {
    return plan;
  }

  public List<FileView> getFiles() {
    return files;
  }

  public Long getMoveMember() {
    return moveMember;
  }

  public void setMoveMember(Long moveMember) {
    this.moveMember = moveMember;
  }

  public Long getMoveTarget() {
    return moveTarget;
  }

  public void setMoveTarget(Long moveTarget) {
    this.moveTarget = moveTarget;
  }

  public Long getMergeTarget() {
    return mergeTarget;
  }

  public void setMergeTarget(Long mergeTarget) {
    this.mergeTarget = mergeTarget;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public TeamDetail getTeam() {
    return team;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }
}
