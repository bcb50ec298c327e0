package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.parity.identity.domain.Account;

/** A post quoted in a network's FAQ entry, as it read when it was quoted, with its author. */
@Entity
public class FaqQuote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_quote_seq")
  @SequenceGenerator(name = "faq_quote_seq", sequenceName = "faq_quote_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private FaqEntry entry;

  private int position;
  private int postNumber;

  @ManyToOne private Account author;

  private String body;

  protected FaqQuote() {}

  FaqQuote(FaqEntry entry, int position, int postNumber, Account author, String body) {
    this.entry = entry;
    this.position = position;
    this.postNumber = postNumber;
    this.author = author;
    this.body = body;
  }

  public int getPostNumber() {
    return postNumber;
  }

  /** The author, or null once they have been erased. */
  public Account getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }
}
