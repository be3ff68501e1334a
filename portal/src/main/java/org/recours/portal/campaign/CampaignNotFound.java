package org.recours.portal.campaign;

/** No campaign answers to this reference. */
public class CampaignNotFound extends RuntimeException {

    public CampaignNotFound(String campaignId) {
        super("Aucune campagne ne porte la référence « " + campaignId + " ».");
    }
}
