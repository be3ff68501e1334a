package org.recours.portal;

import org.recours.command.CommandSideConfiguration;
import org.recours.platform.PlatformConfiguration;
import org.recours.portal.evidence.VerifyCommand;
import org.recours.portal.operations.StopRequestedUnderMaven;
import org.recours.query.QuerySideConfiguration;
import org.recours.query.reminders.RemindersConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** Assembles the command side, the query side, their platform and the staff portal in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({
    CommandSideConfiguration.class,
    QuerySideConfiguration.class,
    RemindersConfiguration.class,
    PlatformConfiguration.class
})
public class RecoursApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        disableAxonUsageReporting();
        StopRequestedUnderMaven.install();
        SpringApplication.run(RecoursApplication.class, args);
    }

    /** Axon reports usage to its vendor unless told not to; associations' data and networks stay their own. */
    public static void disableAxonUsageReporting() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
