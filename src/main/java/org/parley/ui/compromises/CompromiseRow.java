package org.parley.ui.compromises;

import org.parley.model.Compromise;

/**
 * A compromise as the table lists it.
 *
 * @param compromise the compromise
 * @param amendment the amendment it is about: "RU −50% MONUSCO / Human rights"
 * @param value the outcome against the amendment: "−25% instead of −50%"
 * @param when when it was floated, in the negotiation's zone
 */
public record CompromiseRow(Compromise compromise, String amendment, String value, String when) {

    public long id() {
        return compromise.id();
    }

    public String status() {
        return compromise.status().label();
    }

    /** The status's name ({@code AGREED_AD_REF}), as the status box and the menu know it. */
    public String statusName() {
        return compromise.status().name();
    }

    /** Whether it is agreed ad ref (the row is marked). */
    public boolean agreedAdRef() {
        return compromise.status() == org.parley.model.CompromiseStatus.AGREED_AD_REF;
    }

    public String description() {
        return compromise.description();
    }

    public String floatedBy() {
        return compromise.floatedBy();
    }
}
