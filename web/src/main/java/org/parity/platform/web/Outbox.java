package org.parity.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parity.platform.mail.MailOutbox;
import org.parity.platform.mail.OutgoingMail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The /admin/outbox page: every mail Parity wrote, or the mail to one address, newest first. */
@Named
@ViewScoped
public class Outbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailOutbox outbox;

  /** The address whose mail is shown (?to=…), or null for all. */
  private String to;

  @jakarta.annotation.PostConstruct
  void readAddress() {
    to = PageAddress.parameter("to");
  }

  private final LazyDataModel<OutgoingMail> mails =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) outbox.count(to);
        }

        @Override
        public List<OutgoingMail> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return outbox.newestFirst(to, first, pageSize);
        }

        @Override
        public String getRowKey(OutgoingMail mail) {
          return String.valueOf(mail.getId());
        }
      };

  public String getTo() {
    return to;
  }

  public LazyDataModel<OutgoingMail> getMails() {
    return mails;
  }
}
