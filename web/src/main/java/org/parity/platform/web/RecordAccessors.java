package org.parity.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Pages read the services' records by their accessors ({@code #{post.number()}}). The standard
 * resolver looks such a method up by reflection on every call, which on a page of 25 posts was the
 * larger part of rendering it; this one finds a record's accessors once per record type. Anything
 * that is not a record's accessor (no arguments) is left to the resolvers after it.
 */
public class RecordAccessors extends ELResolver {

  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          RecordComponent[] components = type.getRecordComponents();
          if (components != null) {
            for (RecordComponent component : components) {
              Method accessor = component.getAccessor();
              accessor.setAccessible(true);
              accessors.put(component.getName(), accessor);
            }
          }
          return Map.copyOf(accessors);
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || !base.getClass().isRecord()
        || (params != null && params.length > 0)
        || method == null) {
      return null;
    }
    Method accessor = ACCESSORS.get(base.getClass()).get(method.toString());
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, method);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // read-only: records have no setters
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
