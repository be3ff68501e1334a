package org.recours.portal.evidence;

import java.time.Duration;

/** As many evidence bundles as allowed are being written: the client is asked to come back later. */
public class BundleExportsBusy extends RuntimeException {

    private final transient Duration retryAfter;

    BundleExportsBusy(int bound, Duration retryAfter) {
        super("Déjà " + bound + " paquets de preuve en cours de préparation : réessayez dans " + retryAfter.toSeconds()
                + " secondes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
