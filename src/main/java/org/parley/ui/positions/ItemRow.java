package org.parley.ui.positions;

import org.parley.model.Item;

/**
 * One item of the matrix as the view holds it: a row on the screen (an amendment on the table,
 * or a mission). Only the item's identity; its texts are read when a cell shows it, so a
 * negotiation of tens of thousands of amendments costs one small object per item, no more.
 */
public record ItemRow(Item item) {
}
