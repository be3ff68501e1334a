package org.recours.portal.operations;

import sun.misc.Signal;

/**
 * Under {@code ./mvnw spring-boot:run} only (portal/pom.xml sets {@code recours.run-by-maven}): a SIGTERM ends the
 * application with status 0 instead of the JVM's 143, after the same shutdown (the hooks run alike). Maven, stopped
 * by SIGTERM, stops the application with SIGTERM, and spring-boot-maven-plugin (4.0, {@code JavaProcessExecutor})
 * takes any status but 0 and 130 (Ctrl-C) for a failure: "BUILD FAILURE … exit code: 143" after a clean stop. Can
 * go when the plugin accepts 143 as it accepts 130.
 */
public final class StopRequestedUnderMaven {

    private StopRequestedUnderMaven() {}

    public static void install() {
        if (!Boolean.getBoolean("recours.run-by-maven")) {
            return;
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> System.exit(0));
        } catch (IllegalArgumentException noSuchSignal) {
            // Windows has no SIGTERM: Maven stops the application otherwise there
        }
    }
}
