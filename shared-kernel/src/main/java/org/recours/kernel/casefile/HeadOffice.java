package org.recours.kernel.casefile;

/** A legal entity of the company and the postal address its formal complaints go to. */
public record HeadOffice(String entity, String street, String postalCode, String city, String country) {

    public HeadOffice {
        entity = Require.text("entity", entity, Require.SHORT_TEXT);
        street = Require.text("street", street, Require.SHORT_TEXT);
        postalCode = Require.text("postalCode", postalCode, 20);
        city = Require.text("city", city, Require.SHORT_TEXT);
        country = Require.text("country", country, 100);
    }

    public String asOneLine() {
        return entity + ", " + street + ", " + postalCode + " " + city + ", " + country;
    }
}
