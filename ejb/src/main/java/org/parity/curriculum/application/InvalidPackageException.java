package org.parity.curriculum.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.parity.content.Problem;

/** A package refused with every problem found; nothing of it was stored. */
@ApplicationException(rollback = true)
public class InvalidPackageException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidPackageException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the package, the first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
