package vn.foreignaffairs.registry.projections.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Gathers the read-model writes of a batch of events ({@link ReadModelBatch}) and sends them once
 * its last event has been handled. That is still inside the unit of work and before the token
 * is stored, so the token never moves past a write that was not made; then writers waiting for
 * their own write are told ({@link ProjectionProgress}).
 */
public final class ReadModelBatchInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ProjectionProgress progress;

    public ReadModelBatchInterceptor(ProjectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        ReadModelBatch batch = ReadModelBatch.open();
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            batch.flush();
            progress.wake();
        }
        return result;
    }
}
