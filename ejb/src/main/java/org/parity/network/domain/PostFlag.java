package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.Account;

/** A member's report that a post needs a facilitator's eye, with their reason. */
@Entity
@NamedQuery(
    name = "PostFlag.findOpenByNetwork",
    query =
        "select f from PostFlag f join fetch f.post join fetch f.account where f.post.thread.network"
            + " = :network and f.resolvedAt is null and f.kind in :kinds order by f.createdAt")
@NamedQuery(
    name = "PostFlag.findOpenByPost",
    query = "select f from PostFlag f where f.post = :post and f.resolvedAt is null")
@NamedQuery(
    name = "PostFlag.find",
    query = "select f from PostFlag f where f.post = :post and f.account = :account")
public class PostFlag {

  public static final int REASON_LIMIT = 500;

  /** What a member reports; the first two go to the network's clinical reviewers. */
  public enum Kind {
    UNSAFE_ADVICE,
    IDENTIFIABLE_INFORMATION,
    ABUSE,
    SPAM,
    OTHER;

    /** The kind with this name, or null for none (the service then refuses the flag). */
    public static Kind named(String name) {
      return java.util.Arrays.stream(values())
          .filter(k -> k.name().equals(name))
          .findFirst()
          .orElse(null);
    }

    public boolean isClinical() {
      return this == UNSAFE_ADVICE || this == IDENTIFIABLE_INFORMATION;
    }

    /** The kinds the facilitators' moderation queue takes (the others, the clinical queue). */
    public static final java.util.List<Kind> FACILITATORS = java.util.List.of(ABUSE, SPAM, OTHER);

    public static final java.util.List<Kind> CLINICAL =
        java.util.List.of(UNSAFE_ADVICE, IDENTIFIABLE_INFORMATION);

    /** "Other" says what in words; the rest may add a note. */
    public boolean needsReason() {
      return this == OTHER;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_flag_seq")
  @SequenceGenerator(name = "post_flag_seq", sequenceName = "post_flag_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumPost post;

  @ManyToOne(optional = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  private Kind kind = Kind.OTHER;

  private String reason;
  private Instant createdAt;
  private Instant resolvedAt;

  protected PostFlag() {}

  public PostFlag(ForumPost post, Account account, Kind kind, String reason, Instant now) {
    this.post = post;
    this.account = account;
    this.kind = kind;
    this.reason = reason;
    this.createdAt = now;
  }

  public void resolve(Instant now) {
    if (resolvedAt == null) {
      resolvedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public ForumPost getPost() {
    return post;
  }

  public Account getAccount() {
    return account;
  }

  public Kind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
