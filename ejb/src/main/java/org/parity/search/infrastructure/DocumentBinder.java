package org.parity.search.infrastructure;

import java.util.List;
import java.util.function.BiFunction;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Turns one kind of entity into a {@link SearchDocument}, declaring which of its properties the
 * document depends on.
 */
final class DocumentBinder<E> implements TypeBinder {

  private final Class<E> type;
  private final List<String> dependencies;
  private final BiFunction<E, Session, SearchDocument> describe;

  /**
   * @param dependencies the properties the document is made from: a change to any of them reindexes
   *     the entity (Hibernate Search skips updates that touch none)
   */
  DocumentBinder(
      Class<E> type, List<String> dependencies, BiFunction<E, Session, SearchDocument> describe) {
    this.type = type;
    this.dependencies = dependencies;
    this.describe = describe;
  }

  @Override
  public void bind(TypeBindingContext context) {
    dependencies.forEach(path -> context.dependencies().use(path));
    SearchFields fields = new SearchFields(context.indexSchemaElement(), context.typeFactory());
    context.bridge(type, new Bridge<>(fields, describe));
  }

  private record Bridge<E>(SearchFields fields, BiFunction<E, Session, SearchDocument> describe)
      implements TypeBridge<E> {
    @Override
    public void write(DocumentElement target, E entity, TypeBridgeWriteContext context) {
      Session session = context.extension(HibernateOrmExtension.get()).session();
      fields.write(target, describe.apply(entity, session));
    }
  }
}
