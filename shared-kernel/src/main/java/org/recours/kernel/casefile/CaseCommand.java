package org.recours.kernel.casefile;

/**
 * An intent on an existing case. {@code expectedVersion} is the version the client saw (HTTP If-Match), or null
 * when it does not care; a stale one is refused as a conflict.
 */
public interface CaseCommand {

    CaseId caseId();

    Long expectedVersion();
}
