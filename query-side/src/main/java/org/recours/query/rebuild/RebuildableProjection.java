package org.recours.query.rebuild;

import java.util.List;

/**
 * A projection that can also be written from whole cases at once, read from the event store in case order, instead
 * of one event at a time through its event processor: what it writes is the same, to the byte.
 */
public interface RebuildableProjection {

    /** The name of its event processor, whose tokens say how far it is. */
    String processingGroup();

    /** The tables of its read model. */
    List<String> tables();

    /** Empties the read model. */
    void clear();

    /** Writes the read model of {@code cases}, each given with every one of its steps from its first. */
    void rebuild(List<List<RecordedStep>> cases);
}
