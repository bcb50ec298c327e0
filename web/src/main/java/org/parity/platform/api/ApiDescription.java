package org.parity.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Finishes the generated /openapi: every operation can be refused, always in the one shape
 * ApiErrors and the filters write, so each gets the shared "Refused" answer as its default instead
 * of a copy of it on every method.
 */
public class ApiDescription implements OASFilter {

  static final String REFUSED = "#/components/responses/Refused";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (operation.getResponses().getDefaultValue() == null) {
      operation.getResponses().setDefaultValue(OASFactory.createAPIResponse().ref(REFUSED));
    }
    return operation;
  }
}
