package org.recours.query.casefile;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.FindCase;

/** Keeps each case's current state, for {@code GET /api/cases/{id}} and the pages. */
@ProcessingGroup(CaseFileProjection.PROCESSING_GROUP)
public class CaseFileProjection {

    public static final String PROCESSING_GROUP = "case-files";

    private final CaseFileTable table;

    public CaseFileProjection(CaseFileTable table) {
        this.table = table;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String actor) {
        var existing = table.find(event.caseId());
        if (existing.isPresent() && sequence <= existing.get().version) {
            return; // already applied: a redelivery after a crash between the update and the token
        }
        var document = existing.orElseGet(() -> {
            if (!(event instanceof ComplaintFiled)) {
                throw new IllegalStateException("step " + sequence + " of unknown case " + event.caseId());
            }
            return new CaseFileDocument();
        });
        document.apply(event, sequence, actor, at);
        table.save(document);
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    @QueryHandler
    CaseFile handle(FindCase query) {
        return table.find(query.caseId()).map(CaseFileDocument::toCaseFile).orElse(null);
    }
}
