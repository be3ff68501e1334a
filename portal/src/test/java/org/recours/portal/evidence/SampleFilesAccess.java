package org.recours.portal.evidence;

/** Lets tests of other packages use the sample files. */
public final class SampleFilesAccess {

    private SampleFilesAccess() {}

    public static byte[] screenshot() {
        return SampleFiles.screenshot();
    }
}
