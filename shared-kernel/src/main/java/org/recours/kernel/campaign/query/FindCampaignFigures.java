package org.recours.kernel.campaign.query;

import java.time.LocalDate;
import org.recours.kernel.campaign.CampaignId;

/**
 * The campaign's figures over every current member, counted by the database: answers {@link CampaignFigures}, with
 * the members' next legal dates from {@code from} on, the {@code datesShown} nearest.
 */
public record FindCampaignFigures(CampaignId campaignId, LocalDate from, int datesShown) {}
