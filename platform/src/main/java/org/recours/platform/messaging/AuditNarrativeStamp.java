package org.recours.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.recours.query.audittrail.AuditNarratives;

/**
 * Stamps every event published with the audit narrative version current when it is recorded, so that its audit
 * entry is told in that version forever, however often the trail is rebuilt (docs/adr/0011). An event that already
 * names one keeps it.
 */
final class AuditNarrativeStamp implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message.getMetaData().containsKey(AuditNarratives.META_DATA_KEY)
                ? message
                : message.andMetaData(Map.of(AuditNarratives.META_DATA_KEY, AuditNarratives.CURRENT));
    }
}
