package org.recours.query.audittrail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.query.batch.ProcessorBatch;
import org.recours.query.rebuild.RebuildableProjection;
import org.recours.query.rebuild.RecordedStep;

/**
 * Writes each case's history as a hash chain, one entry per event in case order. Everything in an entry comes from
 * the event message itself, so that a rebuild from the event store writes the same chain byte for byte.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection implements RebuildableProjection {

    public static final String PROCESSING_GROUP = "audit-trail";

    private final AuditTrailTable table;
    private final AuditEntries entries;

    public AuditTrailProjection(AuditTrailTable table, AuditEntries entries) {
        this.table = table;
        this.entries = entries;
    }

    @EventHandler
    void on(
            CaseEvent event,
            @SequenceNumber long position,
            @Timestamp Instant recordedAt,
            @MessageIdentifier String eventId,
            MetaData metaData) {
        var caseId = event.caseId().value();
        var batch = ProcessorBatch.current(BATCH, ids -> new Batch(ids, table.tips(ids)), Batch::flush);
        var last = batch.isPresent()
                ? batch.get().tip(caseId)
                : table.last(caseId)
                        .map(entry -> new AuditTrailTable.Tip(entry.position(), entry.hash()))
                        .orElse(null);
        if (last != null && last.position() >= position) {
            return; // already in the chain: a redelivery after a crash between the insert and the token
        }
        var entry = entries.entry(
                RecordedStep.of(event, position, eventId, recordedAt, metaData),
                last == null ? AuditEntry.GENESIS : last.hash());
        if (batch.isPresent()) {
            batch.get().append(entry);
        } else {
            table.append(entry);
        }
    }

    private static final String BATCH = AuditTrailProjection.class.getName() + ".batch";

    /**
     * The entries of one event processor batch: each case's last entry read once (all of the batch's in a few
     * queries), the chain continued in memory, the new entries inserted once before the batch commits.
     */
    private final class Batch {
        private final Set<String> read;
        private final Map<String, AuditTrailTable.Tip> tips;
        private final List<AuditEntry> appended = new ArrayList<>();

        Batch(Set<String> read, Map<String, AuditTrailTable.Tip> tips) {
            this.read = new HashSet<>(read);
            this.tips = tips;
        }

        AuditTrailTable.Tip tip(String caseId) {
            if (read.add(caseId)) {
                table.last(caseId)
                        .ifPresent(entry -> tips.put(caseId, new AuditTrailTable.Tip(entry.position(), entry.hash())));
            }
            return tips.get(caseId);
        }

        void append(AuditEntry entry) {
            appended.add(entry);
            tips.put(entry.caseId(), new AuditTrailTable.Tip(entry.position(), entry.hash()));
        }

        void flush() {
            table.appendAll(appended);
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of("audit_entry");
    }

    @Override
    public void clear() {
        reset();
    }

    /** Each case's chain from its genesis, inserted in JDBC batches. */
    @Override
    public void rebuild(List<List<RecordedStep>> cases) {
        var all = new ArrayList<AuditEntry>();
        for (var steps : cases) {
            all.addAll(entries.chain(steps));
        }
        table.appendAll(all);
    }

    @QueryHandler
    List<AuditEntry> handle(FindCaseHistory query) {
        return table.history(query.caseId().value());
    }
}
