package org.parity.identity.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.Instant;

/**
 * A copy of one person's data, asked for by them or by an administrator answering a subject-access
 * request, made in the background and kept for a week. Only whoever asked may download it; lists
 * and downloads read it through projections (DataExports), not by loading the row.
 */
@Entity
public class DataExport {

  /** How long the archive is kept once made. */
  public static final Duration KEPT_FOR = Duration.ofDays(7);

  /**
   * Longer than any copy takes to make: one still "being made" after this was lost with a server
   * that stopped, and no longer keeps its person from asking again.
   */
  public static final Duration LONGEST_MAKING = Duration.ofHours(1);

  /** Where it stands. */
  public enum Status {
    MAKING,
    READY,
    FAILED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_export_seq")
  @SequenceGenerator(
      name = "data_export_seq",
      sequenceName = "data_export_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Account account;

  private String requestedBy;
  private String reason;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int partsDone;
  private int partsTotal;
  private Instant requestedAt;
  private Instant finishedAt;
  private Instant expiresAt;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private Long sizeBytes;

  protected DataExport() {}

  public DataExport(
      Account account, String requestedBy, String reason, int partsTotal, Instant now) {
    this.account = account;
    this.requestedBy = requestedBy;
    this.reason = reason;
    this.status = Status.MAKING;
    this.partsTotal = partsTotal;
    this.requestedAt = now;
  }

  public void partDone(int done) {
    this.partsDone = done;
  }

  public void ready(byte[] archive, Instant now) {
    this.content = archive;
    this.sizeBytes = (long) archive.length;
    this.partsDone = partsTotal;
    this.status = Status.READY;
    this.finishedAt = now;
    this.expiresAt = now.plus(KEPT_FOR);
  }

  public void failed(Instant now) {
    this.status = Status.FAILED;
    this.finishedAt = now;
  }

  /** Past its week: the archive goes, the record of the request stays. */
  public void expire() {
    this.content = null;
    this.status = Status.EXPIRED;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getRequestedBy() {
    return requestedBy;
  }
}
