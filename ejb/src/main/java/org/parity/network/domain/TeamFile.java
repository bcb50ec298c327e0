package org.parity.network.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.EmailAddress;

/** A PDF or image a team shares, its type read from its bytes when it was uploaded. */
@Entity
@NamedQuery(
    name = "TeamFile.ofTeam",
    query = "select f from TeamFile f where f.team = :team order by f.uploadedAt desc, f.id desc")
public class TeamFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_file_seq")
  @SequenceGenerator(name = "team_file_seq", sequenceName = "team_file_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Team team;

  private String fileName;
  private String mediaType;
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private String uploadedBy;
  private Instant uploadedAt;

  protected TeamFile() {}

  public TeamFile(
      Team team, String fileName, String mediaType, byte[] content, String by, Instant now) {
    this.team = team;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.size = content.length;
    this.uploadedBy = EmailAddress.normalise(by);
    this.uploadedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
