package org.parity.casestudy.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PDF or image attached to a case study, its type checked from its bytes on the way in. */
@Entity
@Table(name = "case_study_attachment")
@NamedQuery(
    name = "Attachment.describeByStudy",
    query =
        "select new org.parity.casestudy.domain.AttachmentInfo(a.id, a.fileName, a.mediaType, a.size)"
            + " from Attachment a where a.caseStudy = :study order by a.id")
@NamedQuery(
    name = "Attachment.describePublished",
    query =
        "select new org.parity.casestudy.domain.AttachmentInfo(a.id, a.fileName, a.mediaType, a.size)"
            + " from Attachment a where a.caseStudy = :study and a.uploadedAt <= :publishedAt"
            + " order by a.id")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_attachment_seq")
  @SequenceGenerator(
      name = "case_study_attachment_seq",
      sequenceName = "case_study_attachment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_study_id")
  private CaseStudy caseStudy;

  private String fileName;
  private String mediaType;
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private String uploadedBy;
  private Instant uploadedAt;

  protected Attachment() {}

  public Attachment(
      CaseStudy caseStudy,
      String fileName,
      String mediaType,
      byte[] content,
      String uploadedBy,
      Instant now) {
    this.caseStudy = caseStudy;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.size = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
  }

  public Long getId() {
    return id;
  }

  public CaseStudy getCaseStudy() {
    return caseStudy;
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

  /** Files added since the last publication wait, like the text, for the next one. */
  public boolean isPublic() {
    return caseStudy.isPublished() && !uploadedAt.isAfter(caseStudy.getLastUpdatedAt());
  }

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }
}
