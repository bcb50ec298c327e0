package org.parity.browser;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The REST operations the shipped EAR implements, read from its web module's classes by reflection,
 * so a test can hold the generated /openapi against what is really there.
 */
final class ApiOperations {

  /**
   * One JAX-RS method: its HTTP verb, its address as OpenAPI writes it, and whether its Java type
   * says it answers with a body (anything but void or a bare Response).
   */
  record Operation(String verb, String path, String javaName, boolean typedBody) {}

  private static final String CLASSES = "WEB-INF/classes/";

  private ApiOperations() {}

  static List<Operation> ofEar(String earFile) {
    Map<String, byte[]> classes = webClasses(earFile);
    ClassLoader loader =
        new ClassLoader(ApiOperations.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    String root = "";
    List<Class<?>> resources = new ArrayList<>();
    for (String name : classes.keySet()) {
      if (!name.contains(".api.")) {
        continue; // resources and the application live in each context's api package
      }
      Class<?> type = load(loader, name);
      if (type.isAnnotationPresent(ApplicationPath.class)) {
        root = type.getAnnotation(ApplicationPath.class).value();
      }
      if (type.isAnnotationPresent(Path.class)) {
        resources.add(type);
      }
    }
    List<Operation> operations = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verbOf(method);
        if (verb == null || method.isBridge() || method.isSynthetic()) {
          continue;
        }
        Path own = method.getAnnotation(Path.class);
        String path =
            join(root, resource.getAnnotation(Path.class).value(), own == null ? "" : own.value());
        Class<?> answer = method.getReturnType();
        boolean typedBody =
            answer != void.class && !answer.getName().equals("jakarta.ws.rs.core.Response");
        operations.add(
            new Operation(
                verb, path, resource.getSimpleName() + "." + method.getName(), typedBody));
      }
    }
    return operations;
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Joins path segments and drops templates' regular expressions: {@code {id: [0-9]+}} is {id}. */
  static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        joined.append('/').append(trimmed);
      }
    }
    StringBuilder path = new StringBuilder();
    int depth = 0;
    boolean inExpression = false;
    for (char c : joined.toString().toCharArray()) {
      if (c == '{') {
        depth++;
        if (depth == 1) {
          inExpression = false;
          path.append(c);
          continue;
        }
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          path.append(c);
          continue;
        }
      } else if (c == ':' && depth == 1) {
        inExpression = true;
      }
      if (depth == 0 || (!inExpression && c != ' ')) {
        path.append(c);
      }
    }
    return path.toString();
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("Cannot read " + name + " from the EAR", e);
    }
  }

  private static Map<String, byte[]> webClasses(String earFile) {
    Map<String, byte[]> classes = new HashMap<>();
    try (ZipFile ear = new ZipFile(earFile)) {
      ZipEntry war =
          ear.stream()
              .filter(e -> e.getName().endsWith(".war"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No web module in " + earFile));
      try (InputStream in = ear.getInputStream(war);
          ZipInputStream entries = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (name.startsWith(CLASSES) && name.endsWith(".class")) {
            String type =
                name.substring(CLASSES.length(), name.length() - ".class".length())
                    .replace('/', '.');
            classes.put(type, entries.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }
}
