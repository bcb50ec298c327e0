package org.parity.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parity.casestudy.domain.FileType;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.infrastructure.Accounts;
import org.parity.network.domain.NetworkException;
import org.parity.network.domain.Team;
import org.parity.network.domain.TeamFile;
import org.parity.network.infrastructure.TeamStore;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;

/**
 * A team's files: PDFs and images (the case-study upload rules: {@link FileType#accept}) that its
 * members share, read only by the team and the network's facilitators. Whoever uploaded a file, a
 * lead and a facilitator may remove it.
 */
@Stateless
@PermitAll
public class TeamFiles {

  /** A file in the team's list; {@code mayRemove} for the caller. */
  public record FileView(
      long id,
      String name,
      String mediaType,
      long size,
      String uploadedBy,
      Instant at,
      boolean mayRemove) {

    /** The size in kilobytes, rounded up, as the page shows it. */
    public long kilobytes() {
      return Math.max(1, (size + 1023) / 1024);
    }
  }

  public record Download(String fileName, String mediaType, byte[] content) {}

  @Inject TeamAccess access;
  @Inject TeamStore teams;
  @Inject Accounts accounts;
  @Inject Clock clock;

  public List<FileView> of(String networkSlug, long teamId) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireInsider(team);
    boolean facilitator = access.facilitates(team, caller);
    return teams.files(team).stream()
        .map(
            f ->
                new FileView(
                    f.getId(),
                    f.getFileName(),
                    f.getMediaType(),
                    f.getSize(),
                    accounts.byEmail(f.getUploadedBy()).map(Account::getDisplayName).orElse(""),
                    f.getUploadedAt(),
                    mayRemove(f, caller, facilitator)))
        .toList();
  }

  /** Adds a file to an open team, for one of its members or the network's facilitators. */
  public long attach(String networkSlug, long teamId, String fileName, byte[] bytes) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireInsider(team);
    if (!team.isOpen()) {
      throw new NetworkException("The team is closed.", "team.refusal.closed");
    }
    FileType.Accepted file = FileType.accept("file", fileName, bytes);
    TeamFile added =
        new TeamFile(
            team, file.fileName(), file.mediaType(), bytes, caller.getEmail(), clock.instant());
    teams.add(added);
    teams.flush();
    return added.getId();
  }

  public Download download(long fileId) {
    TeamFile file = teams.file(fileId).orElseThrow(() -> new NotAllowedException("No such file"));
    access.requireInsider(file.getTeam());
    return new Download(file.getFileName(), file.getMediaType(), file.getContent());
  }

  public void remove(String networkSlug, long teamId, long fileId) {
    Team team = access.team(networkSlug, teamId);
    Account caller = access.requireInsider(team);
    TeamFile file =
        teams
            .file(fileId)
            .filter(f -> f.getTeam().getId().equals(team.getId()))
            .orElseThrow(() -> InvalidInput.of("file", "team.file.unknown"));
    if (!mayRemove(file, caller, access.facilitates(team, caller))) {
      throw new NotAllowedException("Only whoever added it, a lead or a facilitator removes it");
    }
    teams.remove(file);
  }

  private static boolean mayRemove(TeamFile file, Account caller, boolean facilitator) {
    return facilitator
        || file.getUploadedBy().equals(EmailAddress.normalise(caller.getEmail()))
        || file.getTeam().isLead(caller.getEmail());
  }
}
