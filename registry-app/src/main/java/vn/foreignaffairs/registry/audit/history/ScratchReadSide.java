package vn.foreignaffairs.registry.audit.history;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The registry's own projectors and query handlers, built afresh on a scratch database: events
 * replayed here go through the very code that maintains the read models, and the view is then
 * read by the very query handler the normal GET uses.
 */
final class ScratchReadSide implements AutoCloseable {

    private final MongoDatabase database;
    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final List<AnnotationEventHandlerAdapter> projectors = new ArrayList<>();
    private final List<AnnotationQueryHandlerAdapter<?>> queryHandlers = new ArrayList<>();

    ScratchReadSide(MongoDatabase database, List<Class<?>> readSideClasses) {
        this.database = database;
        try {
            context.registerBean("readModels", MongoDatabase.class, () -> database);
            context.register(readSideClasses.toArray(Class<?>[]::new));
            context.refresh();
            for (Class<?> type : readSideClasses) {
                Object bean = context.getBean(type);
                if (handlesEvents(type)) {
                    projectors.add(new AnnotationEventHandlerAdapter(bean));
                }
                queryHandlers.add(new AnnotationQueryHandlerAdapter<>(bean));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Applies the events, in order, to every projector that handles them. */
    void replay(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter projector : projectors) {
                if (projector.canHandle(event)) {
                    try {
                        projector.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("Replaying an event into a scratch read model failed", e);
                    }
                }
            }
        }
    }

    /** Asks the query handler of {@code query} on the scratch read models; null when it finds nothing. */
    <R> R query(Object query, ResponseType<R> responseType) {
        QueryMessage<Object, R> message = new GenericQueryMessage<>(query, responseType);
        for (AnnotationQueryHandlerAdapter<?> handler : queryHandlers) {
            if (handler.canHandle(message)) {
                try {
                    return responseType.convert(handler.handle(message));
                } catch (Exception e) {
                    throw new IllegalStateException("Querying a scratch read model failed", e);
                }
            }
        }
        throw new IllegalArgumentException("No query handler for " + query.getClass().getName());
    }

    private static boolean handlesEvents(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(EventHandler.class));
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.drop();
        }
    }
}
