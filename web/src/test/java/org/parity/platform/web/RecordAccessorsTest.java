package org.parity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordAccessorsTest {

  record Post(int number, String author) {
    String greeting(String name) {
      return "Hello " + name;
    }
  }

  private final RecordAccessors accessors = new RecordAccessors();

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void aRecordsAccessorIsCalledAndTheCallResolved() {
    ELContext context = context();
    Object value = accessors.invoke(context, new Post(7, "Ana"), "author", null, new Object[0]);
    assertThat(value).isEqualTo("Ana");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(accessors.invoke(context(), new Post(7, "Ana"), "number", null, null)).isEqualTo(7);
  }

  @Test
  void anythingElseIsLeftToTheOtherResolvers() {
    ELContext context = context();
    assertThat(accessors.invoke(context, "not a record", "length", null, null)).isNull();
    assertThat(accessors.invoke(context, new Post(1, "Ben"), "greeting", null, new Object[] {"x"}))
        .isNull();
    assertThat(accessors.invoke(context, new Post(1, "Ben"), "hashCode", null, null)).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }
}
