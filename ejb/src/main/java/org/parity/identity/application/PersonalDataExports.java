package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.DataExport;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.Accounts;
import org.parity.identity.infrastructure.DataExports;
import org.parity.identity.infrastructure.DataExports.Summary;
import org.parity.identity.infrastructure.PersonalData;
import org.parity.platform.InvalidInput;
import org.parity.platform.NotAllowedException;
import org.parity.platform.OutOfTurn;

/**
 * "Your data, yours to take": a person asks for a copy of everything Parity holds about them (or an
 * administrator does, answering a subject-access request received elsewhere, with a reason kept in
 * the security log); it is made in the background, whoever asked is mailed when it is ready, and
 * only they may download it, for a week.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class PersonalDataExports {

  /** How many of their requests a person sees. */
  static final int LISTED = 10;

  /** A copy as its requester sees it. */
  public record ExportView(
      long id,
      String person,
      String personName,
      String status,
      int percent,
      Instant requestedAt,
      Instant expiresAt,
      long kilobytes)
      implements java.io.Serializable {

    public boolean making() {
      return DataExport.Status.MAKING.name().equals(status);
    }

    public boolean ready() {
      return DataExport.Status.READY.name().equals(status);
    }
  }

  /** The archive and the name it downloads under. */
  public record Archive(String fileName, byte[] content) {}

  @Inject Caller caller;
  @Inject Accounts accounts;
  @Inject DataExports exports;
  @Inject SecurityLog log;
  @Inject Event<DataExportRequested> requested;
  @Inject Clock clock;

  public long requestMine(String pageBase) {
    Account me = caller.required();
    return start(me, me.getEmail(), null, pageBase);
  }

  @RolesAllowed("ADMIN")
  public long requestFor(long accountId, String reason, String pageBase) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw InvalidInput.of("reason", "dataExport.reasonRequired");
    }
    Account person =
        accounts.byId(accountId).orElseThrow(() -> new NotAllowedException("No such account"));
    return start(person, caller.required().getEmail(), why, pageBase);
  }

  private long start(Account person, String requestedBy, String reason, String pageBase) {
    if (exports.beingMade(person, requestedBy, clock.instant().minus(DataExport.LONGEST_MAKING))) {
      throw new OutOfTurn("A copy is being made already.", "dataExport.busy");
    }
    DataExport export =
        new DataExport(person, requestedBy, reason, PersonalData.PARTS.size(), clock.instant());
    exports.add(export);
    log.record(SecurityEvent.Kind.DATA_EXPORT_REQUESTED, person.getEmail(), reason);
    requested.fire(new DataExportRequested(export.getId(), pageBase));
    return export.getId();
  }

  /** The copies the caller asked for, newest first. */
  public List<ExportView> mine() {
    return exports.requestedBy(caller.required().getEmail(), LISTED).stream()
        .map(this::view)
        .toList();
  }

  /** The archive, for whoever asked for it, while it is ready and not past its week. */
  public Archive download(long id) {
    String me = caller.required().getEmail();
    Summary copy =
        exports
            .summary(id)
            .filter(s -> s.requestedBy().equals(me))
            .orElseThrow(() -> new NotAllowedException("Not your copy"));
    if (!view(copy).ready()) {
      throw new OutOfTurn("This copy is no longer available.", "dataExport.gone");
    }
    String day = LocalDate.ofInstant(copy.requestedAt(), ZoneOffset.UTC).toString();
    return new Archive("parity-data-" + day + ".zip", exports.archive(id));
  }

  /** The copy as it stands now: past its week it has expired, lost with its server it failed. */
  private ExportView view(Summary s) {
    Instant now = clock.instant();
    DataExport.Status status = s.status();
    if (status == DataExport.Status.READY && s.expiresAt().isBefore(now)) {
      status = DataExport.Status.EXPIRED;
    } else if (status == DataExport.Status.MAKING
        && s.requestedAt().isBefore(now.minus(DataExport.LONGEST_MAKING))) {
      status = DataExport.Status.FAILED; // lost with a server that stopped
    }
    return new ExportView(
        s.id(),
        s.person(),
        s.personName(),
        status.name(),
        s.partsTotal() == 0 ? 0 : 100 * s.partsDone() / s.partsTotal(),
        s.requestedAt(),
        s.expiresAt(),
        s.sizeBytes() == null ? 0 : Math.max(1, (s.sizeBytes() + 1023) / 1024));
  }
}
