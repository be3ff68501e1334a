package org.recours.portal.antivirus;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/**
 * The antivirus is configured but did not scan the document (unreachable, too slow, or it answered an error): the
 * upload is refused rather than stored unscanned; the sender may try again.
 */
public class ScannerUnavailable extends RuntimeException implements KeyedRefusal {

    private static final RefusalText TEXT = RefusalText.of("check.scanner-unavailable");

    public ScannerUnavailable(Throwable cause) {
        super(TEXT.french(), cause);
    }

    @Override
    public RefusalText text() {
        return TEXT;
    }
}
