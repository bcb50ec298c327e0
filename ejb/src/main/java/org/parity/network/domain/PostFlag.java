package org.parity.network.domain;

import jakarta.persistence.Entity;
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
            + " = :network and f.resolvedAt is null order by f.createdAt")
@NamedQuery(
    name = "PostFlag.findOpenByPost",
    query = "select f from PostFlag f where f.post = :post and f.resolvedAt is null")
@NamedQuery(
    name = "PostFlag.find",
    query = "select f from PostFlag f where f.post = :post and f.account = :account")
public class PostFlag {

  public static final int REASON_LIMIT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_flag_seq")
  @SequenceGenerator(name = "post_flag_seq", sequenceName = "post_flag_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumPost post;

  @ManyToOne(optional = false)
  private Account account;

  private String reason;
  private Instant createdAt;
  private Instant resolvedAt;

  protected PostFlag() {}

  public PostFlag(ForumPost post, Account account, String reason, Instant now) {
    this.post = post;
    this.account = account;
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

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
