package org.recours.query.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.query.batch.ProcessorBatch;
import org.recours.query.rebuild.RebuildableProjection;
import org.recours.query.rebuild.RecordedStep;

/** Keeps each case's current state, for {@code GET /api/cases/{id}} and the pages. */
@ProcessingGroup(CaseFileProjection.PROCESSING_GROUP)
public class CaseFileProjection implements RebuildableProjection {

    public static final String PROCESSING_GROUP = "case-files";

    private final CaseFileTable table;
    private final Function<CaseId, Map<String, CaseFile.Scan>> scans;

    /** {@code scans}: what the antivirus said of each stored document of a case, by document id. */
    public CaseFileProjection(CaseFileTable table, Function<CaseId, Map<String, CaseFile.Scan>> scans) {
        this.table = table;
        this.scans = scans;
    }

    /**
     * Within an event processor's batch, each case's document is read once (all of the batch's in a few queries),
     * moved by every event of the batch, and written once before the batch commits; outside a batch, at once.
     */
    @EventHandler
    void on(
            CaseEvent event,
            @SequenceNumber long sequence,
            @Timestamp Instant at,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String actor) {
        var batch = ProcessorBatch.current(BATCH, ids -> new Batch(ids, table.findAll(ids)), Batch::flush);
        var caseId = event.caseId().value();
        var document = batch.isPresent()
                ? batch.get().document(caseId)
                : table.find(event.caseId()).orElse(null);
        if (document != null && sequence <= document.version) {
            return; // already applied: a redelivery after a crash between the update and the token
        }
        boolean inserted = document == null;
        if (document == null) {
            if (!(event instanceof ComplaintFiled)) {
                throw new IllegalStateException("step " + sequence + " of unknown case " + event.caseId());
            }
            document = new CaseFileDocument();
        }
        try {
            document.apply(event, sequence, actor, at);
        } catch (RuntimeException e) {
            batch.ifPresent(b -> b.restore(caseId, sequence));
            throw e; // the event is parked with its case; the batch goes on with the others
        }
        if (batch.isPresent()) {
            batch.get().changed(caseId, document, inserted);
        } else {
            table.save(document);
        }
    }

    private static final String BATCH = CaseFileProjection.class.getName() + ".batch";

    /** The documents of one batch: as read, then as moved by the batch's events. */
    private final class Batch {
        private final Set<String> read;
        private final Map<String, CaseFileDocument> documents;
        private final Map<String, CaseFileDocument> updated = new LinkedHashMap<>();
        private final Map<String, CaseFileDocument> inserted = new LinkedHashMap<>();

        Batch(Set<String> read, Map<String, CaseFileDocument> documents) {
            this.read = new HashSet<>(read);
            this.documents = documents;
        }

        /** The case's document as the batch left it so far; null if it has none yet. */
        CaseFileDocument document(String caseId) {
            if (read.add(caseId)) {
                table.find(new CaseId(caseId)).ifPresent(document -> documents.put(caseId, document));
            }
            return documents.get(caseId);
        }

        void changed(String caseId, CaseFileDocument document, boolean isNew) {
            documents.put(caseId, document);
            if (isNew) {
                inserted.put(caseId, document);
            } else if (!inserted.containsKey(caseId)) {
                updated.put(caseId, document);
            }
        }

        /**
         * The case's document as it stood before the step {@code failed}, which failed half-way: as stored, moved by
         * the batch's earlier steps of the case again (they had applied before, and apply again the same).
         */
        void restore(String caseId, long failed) {
            var stored = table.find(new CaseId(caseId));
            var document = stored.orElse(null);
            for (var message : ProcessorBatch.events()) {
                if (!message.getAggregateIdentifier().equals(caseId)
                        || message.getSequenceNumber() >= failed
                        || !(message.getPayload() instanceof CaseEvent earlier)
                        || (document != null && message.getSequenceNumber() <= document.version)) {
                    continue;
                }
                if (document == null) {
                    document = new CaseFileDocument();
                }
                var actor = message.getMetaData().get(ActorMetaData.STAFF_MEMBER);
                document.apply(
                        earlier,
                        message.getSequenceNumber(),
                        actor == null ? null : actor.toString(),
                        message.getTimestamp());
            }
            documents.remove(caseId);
            updated.remove(caseId);
            inserted.remove(caseId);
            if (document != null) {
                changed(caseId, document, stored.isEmpty());
            }
        }

        void flush() {
            table.saveAll(updated.values(), inserted.values());
        }
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of("case_file");
    }

    @Override
    public void clear() {
        reset();
    }

    /** Each case's document moved by all its steps, from its filing, and inserted in JDBC batches. */
    @Override
    public void rebuild(List<List<RecordedStep>> cases) {
        var documents = new ArrayList<CaseFileDocument>(cases.size());
        for (var steps : cases) {
            if (!(steps.get(0).event() instanceof ComplaintFiled)) {
                throw new IllegalStateException("case " + steps.get(0).event().caseId() + " starts without its filing");
            }
            var document = new CaseFileDocument();
            for (var step : steps) {
                document.apply(step.event(), step.sequence(), step.actor(), step.recordedAt());
            }
            documents.add(document);
        }
        table.saveAll(List.of(), documents);
    }

    @QueryHandler
    CaseFile handle(FindCase query) {
        return table.find(query.caseId())
                .map(document -> document.toCaseFile(scans.apply(query.caseId())))
                .orElse(null);
    }
}
