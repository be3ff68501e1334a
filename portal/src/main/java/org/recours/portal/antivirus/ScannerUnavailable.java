package org.recours.portal.antivirus;

/**
 * The antivirus is configured but did not scan the document (unreachable, too slow, or it answered an error): the
 * upload is refused rather than stored unscanned; the sender may try again.
 */
public class ScannerUnavailable extends RuntimeException {

    public ScannerUnavailable(Throwable cause) {
        super("L'antivirus n'a pas pu analyser le document : il n'a pas été enregistré. Réessayez dans un instant ; "
                + "si cela dure, prévenez l'administrateur.", cause);
    }
}
